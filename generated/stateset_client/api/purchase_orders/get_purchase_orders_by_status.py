from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, path_segment
from ...client import AuthenticatedClient, Client
from ...models.api_response_vec_purchase_order_response import (
    ApiResponseVecPurchaseOrderResponse,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    status: str,
) -> dict[str, Any]:

    _path_status = path_segment(status, "status")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/v1/purchase-orders/status/{_path_status}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiResponseVecPurchaseOrderResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiResponseVecPurchaseOrderResponse.from_dict(response.json())

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
) -> Response[ApiResponseVecPurchaseOrderResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    status: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiResponseVecPurchaseOrderResponse | ErrorResponse]:
    """Purchase orders in one status.

    Args:
        status (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseVecPurchaseOrderResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    status: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiResponseVecPurchaseOrderResponse | ErrorResponse | None:
    """Purchase orders in one status.

    Args:
        status (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseVecPurchaseOrderResponse | ErrorResponse
    """

    return sync_detailed(
        status=status,
        client=client,
    ).parsed


async def asyncio_detailed(
    status: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiResponseVecPurchaseOrderResponse | ErrorResponse]:
    """Purchase orders in one status.

    Args:
        status (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseVecPurchaseOrderResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    status: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiResponseVecPurchaseOrderResponse | ErrorResponse | None:
    """Purchase orders in one status.

    Args:
        status (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseVecPurchaseOrderResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            status=status,
            client=client,
        )
    ).parsed
