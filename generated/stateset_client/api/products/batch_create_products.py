from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_response_batch_product_response import (
    ApiResponseBatchProductResponse,
)
from ...models.batch_create_products_request import BatchCreateProductsRequest
from ...models.error_response import ErrorResponse
from ...models.return_preference import ReturnPreference
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BatchCreateProductsRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: ReturnPreference | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(prefer, Unset):
        headers["Prefer"] = str(prefer)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/products/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiResponseBatchProductResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiResponseBatchProductResponse.from_dict(response.json())

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
) -> Response[ApiResponseBatchProductResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateProductsRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: ReturnPreference | Unset = UNSET,
) -> Response[ApiResponseBatchProductResponse | ErrorResponse]:
    """Create up to 100 products in one request; each item succeeds or fails on its own.

    Args:
        idempotency_key (str | Unset):
        prefer (ReturnPreference | Unset): A `return` preference (RFC 7240): the created objects,
            or only their ids.
        body (BatchCreateProductsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseBatchProductResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateProductsRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: ReturnPreference | Unset = UNSET,
) -> ApiResponseBatchProductResponse | ErrorResponse | None:
    """Create up to 100 products in one request; each item succeeds or fails on its own.

    Args:
        idempotency_key (str | Unset):
        prefer (ReturnPreference | Unset): A `return` preference (RFC 7240): the created objects,
            or only their ids.
        body (BatchCreateProductsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseBatchProductResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateProductsRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: ReturnPreference | Unset = UNSET,
) -> Response[ApiResponseBatchProductResponse | ErrorResponse]:
    """Create up to 100 products in one request; each item succeeds or fails on its own.

    Args:
        idempotency_key (str | Unset):
        prefer (ReturnPreference | Unset): A `return` preference (RFC 7240): the created objects,
            or only their ids.
        body (BatchCreateProductsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiResponseBatchProductResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchCreateProductsRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: ReturnPreference | Unset = UNSET,
) -> ApiResponseBatchProductResponse | ErrorResponse | None:
    """Create up to 100 products in one request; each item succeeds or fails on its own.

    Args:
        idempotency_key (str | Unset):
        prefer (ReturnPreference | Unset): A `return` preference (RFC 7240): the created objects,
            or only their ids.
        body (BatchCreateProductsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiResponseBatchProductResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            prefer=prefer,
        )
    ).parsed
