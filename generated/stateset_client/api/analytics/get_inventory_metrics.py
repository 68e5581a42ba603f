from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_response_inventory_metrics import ApiResponseInventoryMetrics
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    low_stock_threshold: int | None | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_low_stock_threshold: int | None | Unset
    if isinstance(low_stock_threshold, Unset):
        json_low_stock_threshold = UNSET
    else:
        json_low_stock_threshold = low_stock_threshold
    params["low_stock_threshold"] = json_low_stock_threshold

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/inventory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiResponseInventoryMetrics | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiResponseInventoryMetrics.from_dict(response.json())

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
) -> Response[ApiResponseInventoryMetrics | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    low_stock_threshold: int | None | Unset = 10,
) -> Response[ApiResponseInventoryMetrics | ErrorResponse]:
    """Stock value and low-stock / out-of-stock counts.

    Args:
        low_stock_threshold (int | None | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseInventoryMetrics | ErrorResponse]
    """

    kwargs = _get_kwargs(
        low_stock_threshold=low_stock_threshold,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    low_stock_threshold: int | None | Unset = 10,
) -> ApiResponseInventoryMetrics | ErrorResponse | None:
    """Stock value and low-stock / out-of-stock counts.

    Args:
        low_stock_threshold (int | None | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseInventoryMetrics | ErrorResponse
    """

    return sync_detailed(
        client=client,
        low_stock_threshold=low_stock_threshold,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    low_stock_threshold: int | None | Unset = 10,
) -> Response[ApiResponseInventoryMetrics | ErrorResponse]:
    """Stock value and low-stock / out-of-stock counts.

    Args:
        low_stock_threshold (int | None | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseInventoryMetrics | ErrorResponse]
    """

    kwargs = _get_kwargs(
        low_stock_threshold=low_stock_threshold,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    low_stock_threshold: int | None | Unset = 10,
) -> ApiResponseInventoryMetrics | ErrorResponse | None:
    """Stock value and low-stock / out-of-stock counts.

    Args:
        low_stock_threshold (int | None | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseInventoryMetrics | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            low_stock_threshold=low_stock_threshold,
        )
    ).parsed
