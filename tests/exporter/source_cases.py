"""Each provider source with a good answer of its documented shape, for the fault tests.

Shapes, with their sources (values chosen for the tests):
- DeepSeek `GET /user/balance`: api-docs.deepseek.com, "Get User Balance".
- OpenRouter `GET /api/v1/key` and `GET /api/v1/credits`: openrouter.ai/docs, API reference
  "Get current API key" and "Get remaining credits".
- Moonshot `GET /v1/users/me/balance`: platform.moonshot.ai/docs/api/balance.
- Anthropic `GET /v1/organizations/cost_report`: Anthropic Admin API reference, "Get Cost
  Report" (amounts: decimal strings in cents).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceCase:
    provider: str
    kind: str  # health label: balance or reported_spend
    path: str  # the path the faults are served on
    routes: dict  # path → good body
    config: dict  # the provider's configuration, {url} standing for the server
    env: dict = field(default_factory=dict)
    balance: float | None = None  # the good answer's USD balance
    reported: dict = field(default_factory=dict)

    def provider_config(self, url: str) -> dict:
        return {k: (v.format(url=url) if isinstance(v, str) else v) for k, v in self.config.items()}


DEEPSEEK = SourceCase(
    provider="deepseek",
    kind="balance",
    path="/user/balance",
    routes={"/user/balance": {"is_available": True, "balance_infos": [
        {"currency": "USD", "total_balance": "41.25", "granted_balance": "1.25",
         "topped_up_balance": "40.00"}]}},
    config={"api_base": "{url}"},
    env={"DEEPSEEK_API_KEY": "sk-plutus-test-deepseek-7f3a"},
    balance=41.25,
)  # fmt: skip

OPENROUTER = SourceCase(
    provider="openrouter",
    kind="balance",
    path="/api/v1/key",
    routes={
        "/api/v1/key": {"data": {"label": "sk-or-v1-abc...123", "limit": 20, "usage": 3.37,
                                 "limit_remaining": 16.63, "usage_daily": 0.65,
                                 "usage_weekly": 2.10, "usage_monthly": 3.37,
                                 "is_free_tier": False}},
        "/api/v1/credits": {"data": {"total_credits": 25, "total_usage": 24.87}},
    },
    config={"api_base": "{url}/api", "management_key_env": "OPENROUTER_MANAGEMENT_KEY"},
    env={"OPENROUTER_API_KEY": "sk-or-plutus-test-key-19c2",
         "OPENROUTER_MANAGEMENT_KEY": "sk-or-plutus-test-mgmt-55e0"},
    balance=0.13,
    reported={"utc_day": 0.65, "utc_week": 2.10, "utc_month": 3.37},
)  # fmt: skip

MOONSHOT = SourceCase(
    provider="moonshot",
    kind="balance",
    path="/v1/users/me/balance",
    routes={"/v1/users/me/balance": {"code": 0, "data": {"available_balance": 49.58894,
            "voucher_balance": 46.58893, "cash_balance": 3.00001}, "scode": "0x0",
            "status": True}},
    config={"api_base": "{url}/v1"},
    env={"MOONSHOT_API_KEY": "sk-plutus-test-moonshot-a1b2"},
    balance=49.58894,
)  # fmt: skip

ANTHROPIC_COSTS = SourceCase(
    provider="anthropic",
    kind="reported_spend",
    path="/v1/organizations/cost_report",
    routes={"/v1/organizations/cost_report": {"data": [
        {"starting_at": "2026-09-16T00:00:00Z", "ending_at": "2026-09-17T00:00:00Z",
         "results": [{"currency": "USD", "amount": "123.45"}]}],
        "has_more": False, "next_page": None}},
    config={"api_base": "{url}", "admin_key_env": "ANTHROPIC_ADMIN_KEY"},
    env={"ANTHROPIC_ADMIN_KEY": "sk-ant-admin-plutus-test-0c4d"},
    reported={"utc_day": 1.2345, "utc_week": 1.2345, "utc_month": 1.2345},
)  # fmt: skip

ALL = [DEEPSEEK, OPENROUTER, MOONSHOT, ANTHROPIC_COSTS]
