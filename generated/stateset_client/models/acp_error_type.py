from typing import Literal

ACPErrorType = Literal[
    "api_error", "authentication_error", "invalid_request_error", "rate_limit_error"
]

ACP_ERROR_TYPE_VALUES: set[ACPErrorType] = {
    "api_error",
    "authentication_error",
    "invalid_request_error",
    "rate_limit_error",
}


def check_acp_error_type(value: str) -> ACPErrorType:
    if value in ACP_ERROR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACP_ERROR_TYPE_VALUES!r}")
