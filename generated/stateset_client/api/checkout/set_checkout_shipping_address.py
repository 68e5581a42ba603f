from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, path_segment
from ...client import AuthenticatedClient, Client
from ...models.api_response_checkout_session import ApiResponseCheckoutSession
from ...models.checkout_address import CheckoutAddress
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    body: CheckoutAddress,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _path_session_id = path_segment(session_id, "session_id")

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/api/v1/checkout/{_path_session_id}/shipping-address",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiResponseCheckoutSession | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiResponseCheckoutSession.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

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
) -> Response[ApiResponseCheckoutSession | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CheckoutAddress,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiResponseCheckoutSession | ErrorResponse]:
    """Set the shipping address of a checkout.

    Args:
        session_id (str):
        idempotency_key (str | Unset):
        body (CheckoutAddress):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseCheckoutSession | ErrorResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CheckoutAddress,
    idempotency_key: str | Unset = UNSET,
) -> ApiResponseCheckoutSession | ErrorResponse | None:
    """Set the shipping address of a checkout.

    Args:
        session_id (str):
        idempotency_key (str | Unset):
        body (CheckoutAddress):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseCheckoutSession | ErrorResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CheckoutAddress,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiResponseCheckoutSession | ErrorResponse]:
    """Set the shipping address of a checkout.

    Args:
        session_id (str):
        idempotency_key (str | Unset):
        body (CheckoutAddress):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseCheckoutSession | ErrorResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CheckoutAddress,
    idempotency_key: str | Unset = UNSET,
) -> ApiResponseCheckoutSession | ErrorResponse | None:
    """Set the shipping address of a checkout.

    Args:
        session_id (str):
        idempotency_key (str | Unset):
        body (CheckoutAddress):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseCheckoutSession | ErrorResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
