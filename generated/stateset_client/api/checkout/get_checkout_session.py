from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, path_segment
from ...client import AuthenticatedClient, Client
from ...models.api_checkout_session import ApiCheckoutSession
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    checkout_session_id: str,
) -> dict[str, Any]:

    _path_checkout_session_id = path_segment(checkout_session_id, "checkout_session_id")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/v1/checkout_sessions/{_path_checkout_session_id}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiCheckoutSession | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiCheckoutSession.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiCheckoutSession | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    checkout_session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiCheckoutSession | ErrorResponse]:
    """Fetch an agentic checkout session.

    Args:
        checkout_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiCheckoutSession | ErrorResponse]
    """

    kwargs = _get_kwargs(
        checkout_session_id=checkout_session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    checkout_session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiCheckoutSession | ErrorResponse | None:
    """Fetch an agentic checkout session.

    Args:
        checkout_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiCheckoutSession | ErrorResponse
    """

    return sync_detailed(
        checkout_session_id=checkout_session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    checkout_session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiCheckoutSession | ErrorResponse]:
    """Fetch an agentic checkout session.

    Args:
        checkout_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiCheckoutSession | ErrorResponse]
    """

    kwargs = _get_kwargs(
        checkout_session_id=checkout_session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    checkout_session_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiCheckoutSession | ErrorResponse | None:
    """Fetch an agentic checkout session.

    Args:
        checkout_session_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiCheckoutSession | ErrorResponse
    """

    return (
        await asyncio_detailed(
            checkout_session_id=checkout_session_id,
            client=client,
        )
    ).parsed
