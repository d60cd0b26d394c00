# The Plutus image: plutus-exporter, plutus-reconciler and plutus-render-alertmanager.
# docker-compose.yml builds it and runs each command as its own service.
FROM python:3.11.7-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /opt/plutus
COPY pyproject.toml README.md ./
COPY plutus plutus
COPY exporter exporter
COPY reconciler reconciler
COPY alerts alerts
# The dependencies are pinned in pyproject.toml.
RUN pip install --no-cache-dir . \
    && mkdir -p /state /rendered \
    && chmod 1777 /state \
    && chown 65534:65534 /rendered

# Any user may keep its state under /state (the compose file runs the exporter and the
# reconciler as the owner of the Hermes home); nobody by default.
USER 65534:65534
EXPOSE 9184 9185
CMD ["plutus-exporter", "--listen", "0.0.0.0:9184"]
