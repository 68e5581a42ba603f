from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors, path_segment
from ...client import AuthenticatedClient, Client
from ...models.api_response_warranty_summary import ApiResponseWarrantySummary
from ...models.error_response import ErrorResponse
from ...models.extend_warranty_request import ExtendWarrantyRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: ExtendWarrantyRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _path_id = path_segment(id, "id")

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/v1/warranties/{_path_id}/extend",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiResponseWarrantySummary | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiResponseWarrantySummary.from_dict(response.json())

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
) -> Response[ApiResponseWarrantySummary | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ExtendWarrantyRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiResponseWarrantySummary | ErrorResponse]:
    """Extend a warranty by a number of months.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (ExtendWarrantyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseWarrantySummary | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ExtendWarrantyRequest,
    idempotency_key: str | Unset = UNSET,
) -> ApiResponseWarrantySummary | ErrorResponse | None:
    """Extend a warranty by a number of months.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (ExtendWarrantyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseWarrantySummary | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ExtendWarrantyRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiResponseWarrantySummary | ErrorResponse]:
    """Extend a warranty by a number of months.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (ExtendWarrantyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseWarrantySummary | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ExtendWarrantyRequest,
    idempotency_key: str | Unset = UNSET,
) -> ApiResponseWarrantySummary | ErrorResponse | None:
    """Extend a warranty by a number of months.

    Args:
        id (UUID):
        idempotency_key (str | Unset):
        body (ExtendWarrantyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseWarrantySummary | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
