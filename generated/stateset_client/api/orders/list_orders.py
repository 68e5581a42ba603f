from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_response_paginated_response_order_response import (
    ApiResponsePaginatedResponseOrderResponse,
)
from ...models.error_response import ErrorResponse
from ...models.order_sort_field import OrderSortField
from ...models.order_status import OrderStatus
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    search: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    sort_by: OrderSortField | Unset = UNSET,
    sort_order: SortDirection | Unset = UNSET,
    include_items: bool | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    near: str | Unset = UNSET,
    bbox: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["customer_id"] = json_customer_id

    params["search"] = search

    params["from"] = from_

    params["to"] = to

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    params["include_items"] = include_items

    params["filter"] = filter_

    params["sort"] = sort

    params["near"] = near

    params["bbox"] = bbox

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiResponsePaginatedResponseOrderResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiResponsePaginatedResponseOrderResponse.from_dict(response.json())

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
) -> Response[ApiResponsePaginatedResponseOrderResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    search: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    sort_by: OrderSortField | Unset = UNSET,
    sort_order: SortDirection | Unset = UNSET,
    include_items: bool | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    near: str | Unset = UNSET,
    bbox: str | Unset = UNSET,
) -> Response[ApiResponsePaginatedResponseOrderResponse | ErrorResponse]:
    """List orders, with filters, search and sorting.

    Args:
        page (int | Unset):
        limit (int | Unset):
        status (OrderStatus | Unset): Lifecycle status of an order.
        customer_id (UUID | Unset):
        search (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        sort_by (OrderSortField | Unset): Fields that `list_orders` can sort by.
        sort_order (SortDirection | Unset): Sort direction.
        include_items (bool | Unset):
        filter_ (str | Unset):
        sort (str | Unset):
        near (str | Unset):
        bbox (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponsePaginatedResponseOrderResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
        customer_id=customer_id,
        search=search,
        from_=from_,
        to=to,
        sort_by=sort_by,
        sort_order=sort_order,
        include_items=include_items,
        filter_=filter_,
        sort=sort,
        near=near,
        bbox=bbox,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    search: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    sort_by: OrderSortField | Unset = UNSET,
    sort_order: SortDirection | Unset = UNSET,
    include_items: bool | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    near: str | Unset = UNSET,
    bbox: str | Unset = UNSET,
) -> ApiResponsePaginatedResponseOrderResponse | ErrorResponse | None:
    """List orders, with filters, search and sorting.

    Args:
        page (int | Unset):
        limit (int | Unset):
        status (OrderStatus | Unset): Lifecycle status of an order.
        customer_id (UUID | Unset):
        search (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        sort_by (OrderSortField | Unset): Fields that `list_orders` can sort by.
        sort_order (SortDirection | Unset): Sort direction.
        include_items (bool | Unset):
        filter_ (str | Unset):
        sort (str | Unset):
        near (str | Unset):
        bbox (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponsePaginatedResponseOrderResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        status=status,
        customer_id=customer_id,
        search=search,
        from_=from_,
        to=to,
        sort_by=sort_by,
        sort_order=sort_order,
        include_items=include_items,
        filter_=filter_,
        sort=sort,
        near=near,
        bbox=bbox,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    search: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    sort_by: OrderSortField | Unset = UNSET,
    sort_order: SortDirection | Unset = UNSET,
    include_items: bool | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    near: str | Unset = UNSET,
    bbox: str | Unset = UNSET,
) -> Response[ApiResponsePaginatedResponseOrderResponse | ErrorResponse]:
    """List orders, with filters, search and sorting.

    Args:
        page (int | Unset):
        limit (int | Unset):
        status (OrderStatus | Unset): Lifecycle status of an order.
        customer_id (UUID | Unset):
        search (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        sort_by (OrderSortField | Unset): Fields that `list_orders` can sort by.
        sort_order (SortDirection | Unset): Sort direction.
        include_items (bool | Unset):
        filter_ (str | Unset):
        sort (str | Unset):
        near (str | Unset):
        bbox (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponsePaginatedResponseOrderResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        status=status,
        customer_id=customer_id,
        search=search,
        from_=from_,
        to=to,
        sort_by=sort_by,
        sort_order=sort_order,
        include_items=include_items,
        filter_=filter_,
        sort=sort,
        near=near,
        bbox=bbox,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    search: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    sort_by: OrderSortField | Unset = UNSET,
    sort_order: SortDirection | Unset = UNSET,
    include_items: bool | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    near: str | Unset = UNSET,
    bbox: str | Unset = UNSET,
) -> ApiResponsePaginatedResponseOrderResponse | ErrorResponse | None:
    """List orders, with filters, search and sorting.

    Args:
        page (int | Unset):
        limit (int | Unset):
        status (OrderStatus | Unset): Lifecycle status of an order.
        customer_id (UUID | Unset):
        search (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        sort_by (OrderSortField | Unset): Fields that `list_orders` can sort by.
        sort_order (SortDirection | Unset): Sort direction.
        include_items (bool | Unset):
        filter_ (str | Unset):
        sort (str | Unset):
        near (str | Unset):
        bbox (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponsePaginatedResponseOrderResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            status=status,
            customer_id=customer_id,
            search=search,
            from_=from_,
            to=to,
            sort_by=sort_by,
            sort_order=sort_order,
            include_items=include_items,
            filter_=filter_,
            sort=sort,
            near=near,
            bbox=bbox,
        )
    ).parsed
