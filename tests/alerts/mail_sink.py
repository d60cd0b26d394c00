"""An SMTP server on loopback port 0 (aiosmtpd) that keeps every message it receives."""

from __future__ import annotations

import asyncio
import email
import threading
import time
from email import policy
from email.message import EmailMessage

from aiosmtpd.smtp import SMTP


class MailSink:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.AbstractServer | None = None

    async def handle_DATA(self, server, session, envelope) -> str:
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def __enter__(self) -> MailSink:
        self._thread.start()
        serve = self._loop.create_server(lambda: SMTP(self), "127.0.0.1", 0)
        self._server = asyncio.run_coroutine_threadsafe(serve, self._loop).result(timeout=10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def __exit__(self, *exc_info) -> None:
        if self._server is not None:
            self._loop.call_soon_threadsafe(self._server.close)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    def wait_for(self, count: int, timeout: float) -> list[EmailMessage]:
        """The first `count` messages, polling until they arrive or `timeout` seconds pass."""
        deadline = time.monotonic() + timeout
        while len(self.messages) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(self.messages)} of {count} emails after {timeout}s")
            time.sleep(0.1)
        return self.messages[:count]

    def wait_for_subject(self, part: str, timeout: float) -> EmailMessage:
        """The first message whose subject contains `part`, polling until `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            for message in list(self.messages):
                if part in message["Subject"]:
                    return message
            if time.monotonic() > deadline:
                subjects = [message["Subject"] for message in self.messages]
                raise TimeoutError(f"no email about {part!r} after {timeout}s: {subjects}")
            time.sleep(0.1)


def body(message: EmailMessage) -> str:
    """The plain-text part, with the CRLF line ends of SMTP turned into newlines."""
    return message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
