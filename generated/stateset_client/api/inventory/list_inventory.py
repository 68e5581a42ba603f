from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_response_inventory_list_response import (
    ApiResponseInventoryListResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    product_id: None | str | Unset = UNSET,
    location_id: None | str | Unset = UNSET,
    low_stock: bool | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    near: str | Unset = UNSET,
    bbox: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_product_id: None | str | Unset
    if isinstance(product_id, Unset):
        json_product_id = UNSET
    else:
        json_product_id = product_id
    params["product_id"] = json_product_id

    json_location_id: None | str | Unset
    if isinstance(location_id, Unset):
        json_location_id = UNSET
    else:
        json_location_id = location_id
    params["location_id"] = json_location_id

    json_low_stock: bool | None | Unset
    if isinstance(low_stock, Unset):
        json_low_stock = UNSET
    else:
        json_low_stock = low_stock
    params["low_stock"] = json_low_stock

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params["filter"] = filter_

    params["sort"] = sort

    params["near"] = near

    params["bbox"] = bbox

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/inventory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiResponseInventoryListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiResponseInventoryListResponse.from_dict(response.json())

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
) -> Response[ApiResponseInventoryListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    product_id: None | str | Unset = UNSET,
    location_id: None | str | Unset = UNSET,
    low_stock: bool | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    near: str | Unset = UNSET,
    bbox: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ApiResponseInventoryListResponse | ErrorResponse]:
    """List inventory items with their per-location quantities.

    Args:
        product_id (None | str | Unset):
        location_id (None | str | Unset):
        low_stock (bool | None | Unset):
        limit (int | None | Unset):
        offset (int | None | Unset):
        filter_ (str | Unset):
        sort (str | Unset):
        near (str | Unset):
        bbox (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseInventoryListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
        location_id=location_id,
        low_stock=low_stock,
        limit=limit,
        offset=offset,
        filter_=filter_,
        sort=sort,
        near=near,
        bbox=bbox,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    product_id: None | str | Unset = UNSET,
    location_id: None | str | Unset = UNSET,
    low_stock: bool | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    near: str | Unset = UNSET,
    bbox: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ApiResponseInventoryListResponse | ErrorResponse | None:
    """List inventory items with their per-location quantities.

    Args:
        product_id (None | str | Unset):
        location_id (None | str | Unset):
        low_stock (bool | None | Unset):
        limit (int | None | Unset):
        offset (int | None | Unset):
        filter_ (str | Unset):
        sort (str | Unset):
        near (str | Unset):
        bbox (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseInventoryListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        product_id=product_id,
        location_id=location_id,
        low_stock=low_stock,
        limit=limit,
        offset=offset,
        filter_=filter_,
        sort=sort,
        near=near,
        bbox=bbox,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    product_id: None | str | Unset = UNSET,
    location_id: None | str | Unset = UNSET,
    low_stock: bool | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    near: str | Unset = UNSET,
    bbox: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ApiResponseInventoryListResponse | ErrorResponse]:
    """List inventory items with their per-location quantities.

    Args:
        product_id (None | str | Unset):
        location_id (None | str | Unset):
        low_stock (bool | None | Unset):
        limit (int | None | Unset):
        offset (int | None | Unset):
        filter_ (str | Unset):
        sort (str | Unset):
        near (str | Unset):
        bbox (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseInventoryListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
        location_id=location_id,
        low_stock=low_stock,
        limit=limit,
        offset=offset,
        filter_=filter_,
        sort=sort,
        near=near,
        bbox=bbox,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    product_id: None | str | Unset = UNSET,
    location_id: None | str | Unset = UNSET,
    low_stock: bool | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    near: str | Unset = UNSET,
    bbox: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ApiResponseInventoryListResponse | ErrorResponse | None:
    """List inventory items with their per-location quantities.

    Args:
        product_id (None | str | Unset):
        location_id (None | str | Unset):
        low_stock (bool | None | Unset):
        limit (int | None | Unset):
        offset (int | None | Unset):
        filter_ (str | Unset):
        sort (str | Unset):
        near (str | Unset):
        bbox (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseInventoryListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            product_id=product_id,
            location_id=location_id,
            low_stock=low_stock,
            limit=limit,
            offset=offset,
            filter_=filter_,
            sort=sort,
            near=near,
            bbox=bbox,
            search=search,
        )
    ).parsed
