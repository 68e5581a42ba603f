from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, path_segment
from ...client import AuthenticatedClient, Client
from ...models.api_response_work_center_capacity import ApiResponseWorkCenterCapacity
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    work_center_id: str,
) -> dict[str, Any]:

    _path_work_center_id = path_segment(work_center_id, "work_center_id")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/v1/work-orders/capacity/{_path_work_center_id}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiResponseWorkCenterCapacity | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiResponseWorkCenterCapacity.from_dict(response.json())

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
) -> Response[ApiResponseWorkCenterCapacity | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    work_center_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiResponseWorkCenterCapacity | ErrorResponse]:
    """Scheduled and available hours of a work center.

    Args:
        work_center_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseWorkCenterCapacity | ErrorResponse]
    """

    kwargs = _get_kwargs(
        work_center_id=work_center_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    work_center_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiResponseWorkCenterCapacity | ErrorResponse | None:
    """Scheduled and available hours of a work center.

    Args:
        work_center_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseWorkCenterCapacity | ErrorResponse
    """

    return sync_detailed(
        work_center_id=work_center_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    work_center_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiResponseWorkCenterCapacity | ErrorResponse]:
    """Scheduled and available hours of a work center.

    Args:
        work_center_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseWorkCenterCapacity | ErrorResponse]
    """

    kwargs = _get_kwargs(
        work_center_id=work_center_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    work_center_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiResponseWorkCenterCapacity | ErrorResponse | None:
    """Scheduled and available hours of a work center.

    Args:
        work_center_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseWorkCenterCapacity | ErrorResponse
    """

    return (
        await asyncio_detailed(
            work_center_id=work_center_id,
            client=client,
        )
    ).parsed
