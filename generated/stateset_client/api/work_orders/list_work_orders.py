from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_response_paginated_response_work_order_response import (
    ApiResponsePaginatedResponseWorkOrderResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    work_center_id: str | Unset = UNSET,
    assigned_to: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["priority"] = priority

    params["work_center_id"] = work_center_id

    params["assigned_to"] = assigned_to

    params["product_id"] = product_id

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["limit"] = limit

    params["offset"] = offset

    params["filter"] = filter_

    params["sort"] = sort

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/work-orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiResponsePaginatedResponseWorkOrderResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiResponsePaginatedResponseWorkOrderResponse.from_dict(response.json())

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
) -> Response[ApiResponsePaginatedResponseWorkOrderResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    work_center_id: str | Unset = UNSET,
    assigned_to: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ApiResponsePaginatedResponseWorkOrderResponse | ErrorResponse]:
    """List work orders, with filters.

    Args:
        status (str | Unset):
        priority (str | Unset):
        work_center_id (str | Unset):
        assigned_to (str | Unset):
        product_id (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):
        sort (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponsePaginatedResponseWorkOrderResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        priority=priority,
        work_center_id=work_center_id,
        assigned_to=assigned_to,
        product_id=product_id,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
        filter_=filter_,
        sort=sort,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    work_center_id: str | Unset = UNSET,
    assigned_to: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ApiResponsePaginatedResponseWorkOrderResponse | ErrorResponse | None:
    """List work orders, with filters.

    Args:
        status (str | Unset):
        priority (str | Unset):
        work_center_id (str | Unset):
        assigned_to (str | Unset):
        product_id (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):
        sort (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponsePaginatedResponseWorkOrderResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        priority=priority,
        work_center_id=work_center_id,
        assigned_to=assigned_to,
        product_id=product_id,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
        filter_=filter_,
        sort=sort,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    work_center_id: str | Unset = UNSET,
    assigned_to: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ApiResponsePaginatedResponseWorkOrderResponse | ErrorResponse]:
    """List work orders, with filters.

    Args:
        status (str | Unset):
        priority (str | Unset):
        work_center_id (str | Unset):
        assigned_to (str | Unset):
        product_id (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):
        sort (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponsePaginatedResponseWorkOrderResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        priority=priority,
        work_center_id=work_center_id,
        assigned_to=assigned_to,
        product_id=product_id,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
        filter_=filter_,
        sort=sort,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    work_center_id: str | Unset = UNSET,
    assigned_to: str | Unset = UNSET,
    product_id: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ApiResponsePaginatedResponseWorkOrderResponse | ErrorResponse | None:
    """List work orders, with filters.

    Args:
        status (str | Unset):
        priority (str | Unset):
        work_center_id (str | Unset):
        assigned_to (str | Unset):
        product_id (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):
        sort (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponsePaginatedResponseWorkOrderResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            priority=priority,
            work_center_id=work_center_id,
            assigned_to=assigned_to,
            product_id=product_id,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
            filter_=filter_,
            sort=sort,
            search=search,
        )
    ).parsed
