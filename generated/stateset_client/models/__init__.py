"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562 ``__getattr__``), so importing one
endpoint or one model does not import all of them.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acp_error_details import ACPErrorDetails
    from .acp_error_response import ACPErrorResponse
    from .acp_error_type import ACPErrorType
    from .add_component_request import AddComponentRequest
    from .add_item_request import AddItemRequest
    from .address import Address
    from .agent_cart_item_request import AgentCartItemRequest
    from .api_address import ApiAddress
    from .api_checkout_session import ApiCheckoutSession
    from .api_checkout_session_with_order import ApiCheckoutSessionWithOrder
    from .api_complete_checkout_session_request import ApiCompleteCheckoutSessionRequest
    from .api_create_checkout_session_request import ApiCreateCheckoutSessionRequest
    from .api_customer import ApiCustomer
    from .api_delivery_window import ApiDeliveryWindow
    from .api_fulfillment import ApiFulfillment
    from .api_fulfillment_choice import ApiFulfillmentChoice
    from .api_fulfillment_selection import ApiFulfillmentSelection
    from .api_item_input import ApiItemInput
    from .api_line_item import ApiLineItem
    from .api_links import ApiLinks
    from .api_message import ApiMessage
    from .api_money import ApiMoney
    from .api_order import ApiOrder
    from .api_payment_request import ApiPaymentRequest
    from .api_refund import ApiRefund
    from .api_response_asn_summary import ApiResponseAsnSummary
    from .api_response_batch_inventory_response import ApiResponseBatchInventoryResponse
    from .api_response_batch_order_response import ApiResponseBatchOrderResponse
    from .api_response_batch_product_response import ApiResponseBatchProductResponse
    from .api_response_bom_component import ApiResponseBomComponent
    from .api_response_bom_response import ApiResponseBomResponse
    from .api_response_cart_detailed_response import ApiResponseCartDetailedResponse
    from .api_response_cart_message_response import ApiResponseCartMessageResponse
    from .api_response_cart_metrics import ApiResponseCartMetrics
    from .api_response_cart_response import ApiResponseCartResponse
    from .api_response_checkout_session import ApiResponseCheckoutSession
    from .api_response_customer_address import ApiResponseCustomerAddress
    from .api_response_customer_response import ApiResponseCustomerResponse
    from .api_response_customer_session import ApiResponseCustomerSession
    from .api_response_dashboard_metrics import ApiResponseDashboardMetrics
    from .api_response_inventory_item import ApiResponseInventoryItem
    from .api_response_inventory_list_response import ApiResponseInventoryListResponse
    from .api_response_inventory_location import ApiResponseInventoryLocation
    from .api_response_inventory_metrics import ApiResponseInventoryMetrics
    from .api_response_material_consumption import ApiResponseMaterialConsumption
    from .api_response_message_response import ApiResponseMessageResponse
    from .api_response_order_item import ApiResponseOrderItem
    from .api_response_order_payment_total import ApiResponseOrderPaymentTotal
    from .api_response_order_response import ApiResponseOrderResponse
    from .api_response_paginated_response_asn_summary import (
        ApiResponsePaginatedResponseAsnSummary,
    )
    from .api_response_paginated_response_bom_response import (
        ApiResponsePaginatedResponseBomResponse,
    )
    from .api_response_paginated_response_order_response import (
        ApiResponsePaginatedResponseOrderResponse,
    )
    from .api_response_paginated_response_payment_response import (
        ApiResponsePaginatedResponsePaymentResponse,
    )
    from .api_response_paginated_response_product_response import (
        ApiResponsePaginatedResponseProductResponse,
    )
    from .api_response_paginated_response_return_summary import (
        ApiResponsePaginatedResponseReturnSummary,
    )
    from .api_response_paginated_response_shipment_summary import (
        ApiResponsePaginatedResponseShipmentSummary,
    )
    from .api_response_paginated_response_warranty_summary import (
        ApiResponsePaginatedResponseWarrantySummary,
    )
    from .api_response_paginated_response_webhook_delivery import (
        ApiResponsePaginatedResponseWebhookDelivery,
    )
    from .api_response_paginated_response_webhook_endpoint import (
        ApiResponsePaginatedResponseWebhookEndpoint,
    )
    from .api_response_paginated_response_work_order_response import (
        ApiResponsePaginatedResponseWorkOrderResponse,
    )
    from .api_response_payment_response import ApiResponsePaymentResponse
    from .api_response_product_response import ApiResponseProductResponse
    from .api_response_product_search_response import ApiResponseProductSearchResponse
    from .api_response_purchase_order_response import ApiResponsePurchaseOrderResponse
    from .api_response_purchase_value_summary import ApiResponsePurchaseValueSummary
    from .api_response_reservation_response import ApiResponseReservationResponse
    from .api_response_return_summary import ApiResponseReturnSummary
    from .api_response_sales_metrics import ApiResponseSalesMetrics
    from .api_response_shipment_metrics import ApiResponseShipmentMetrics
    from .api_response_shipment_summary import ApiResponseShipmentSummary
    from .api_response_shipment_tracking import ApiResponseShipmentTracking
    from .api_response_value import ApiResponseValue
    from .api_response_variant_response import ApiResponseVariantResponse
    from .api_response_vec_bom_component import ApiResponseVecBomComponent
    from .api_response_vec_customer_address import ApiResponseVecCustomerAddress
    from .api_response_vec_order_item import ApiResponseVecOrderItem
    from .api_response_vec_outbox_item import ApiResponseVecOutboxItem
    from .api_response_vec_payment_response import ApiResponseVecPaymentResponse
    from .api_response_vec_product_recommendation import (
        ApiResponseVecProductRecommendation,
    )
    from .api_response_vec_purchase_order_response import (
        ApiResponseVecPurchaseOrderResponse,
    )
    from .api_response_vec_sales_trend_point import ApiResponseVecSalesTrendPoint
    from .api_response_vec_variant_response import ApiResponseVecVariantResponse
    from .api_response_warranty_claim_response import ApiResponseWarrantyClaimResponse
    from .api_response_warranty_summary import ApiResponseWarrantySummary
    from .api_response_webhook_endpoint import ApiResponseWebhookEndpoint
    from .api_response_work_center_capacity import ApiResponseWorkCenterCapacity
    from .api_response_work_order_response import ApiResponseWorkOrderResponse
    from .api_response_work_order_task import ApiResponseWorkOrderTask
    from .api_status import ApiStatus
    from .api_totals import ApiTotals
    from .api_update_checkout_session_request import ApiUpdateCheckoutSessionRequest
    from .approve_purchase_order_request import ApprovePurchaseOrderRequest
    from .approve_warranty_claim_request import ApproveWarrantyClaimRequest
    from .asn_item_request import AsnItemRequest
    from .asn_summary import AsnSummary
    from .assign_work_order_request import AssignWorkOrderRequest
    from .audit_bom_request import AuditBOMRequest
    from .batch_create_inventory_request import BatchCreateInventoryRequest
    from .batch_create_orders_request import BatchCreateOrdersRequest
    from .batch_create_products_request import BatchCreateProductsRequest
    from .batch_inventory_response import BatchInventoryResponse
    from .batch_inventory_result import BatchInventoryResult
    from .batch_item_error import BatchItemError
    from .batch_order_response import BatchOrderResponse
    from .batch_order_result import BatchOrderResult
    from .batch_product_response import BatchProductResponse
    from .batch_product_result import BatchProductResult
    from .bom_component import BomComponent
    from .bom_component_request import BOMComponentRequest
    from .bom_response import BomResponse
    from .bom_response_status import BomResponseStatus
    from .cancel_order_request import CancelOrderRequest
    from .cancel_purchase_order_request import CancelPurchaseOrderRequest
    from .carrier_details_request import CarrierDetailsRequest
    from .cart_detailed_response import CartDetailedResponse
    from .cart_item_response import CartItemResponse
    from .cart_message_response import CartMessageResponse
    from .cart_metrics import CartMetrics
    from .cart_response import CartResponse
    from .cart_status import CartStatus
    from .checkout_address import CheckoutAddress
    from .checkout_customer_request import CheckoutCustomerRequest
    from .checkout_session import CheckoutSession
    from .checkout_session_status import CheckoutSessionStatus
    from .complete_checkout_request import CompleteCheckoutRequest
    from .consume_material_request import ConsumeMaterialRequest
    from .create_asn_request import CreateAsnRequest
    from .create_bom_request import CreateBOMRequest
    from .create_cart_request import CreateCartRequest
    from .create_cart_request_metadata_type_0 import CreateCartRequestMetadataType0
    from .create_inventory_request import CreateInventoryRequest
    from .create_order_item import CreateOrderItem
    from .create_order_request import CreateOrderRequest
    from .create_payment_request import CreatePaymentRequest
    from .create_product_request import CreateProductRequest
    from .create_purchase_order_request import CreatePurchaseOrderRequest
    from .create_return_request import CreateReturnRequest
    from .create_shipment_request import CreateShipmentRequest
    from .create_variant_request import CreateVariantRequest
    from .create_variant_request_options import CreateVariantRequestOptions
    from .create_warranty_claim_request import CreateWarrantyClaimRequest
    from .create_warranty_request import CreateWarrantyRequest
    from .create_webhook_endpoint_request import CreateWebhookEndpointRequest
    from .create_work_order_request import CreateWorkOrderRequest
    from .create_work_order_request_parts_required import (
        CreateWorkOrderRequestPartsRequired,
    )
    from .customer_address import CustomerAddress
    from .customer_login import CustomerLogin
    from .customer_registration import CustomerRegistration
    from .customer_response import CustomerResponse
    from .customer_session import CustomerSession
    from .customer_update import CustomerUpdate
    from .dashboard_metrics import DashboardMetrics
    from .dimension_unit import DimensionUnit
    from .dimensions import Dimensions
    from .error_response import ErrorResponse
    from .extend_warranty_request import ExtendWarrantyRequest
    from .health_status import HealthStatus
    from .health_status_status import HealthStatusStatus
    from .inventory_item import InventoryItem
    from .inventory_list_response import InventoryListResponse
    from .inventory_location import InventoryLocation
    from .inventory_metrics import InventoryMetrics
    from .inventory_quantities import InventoryQuantities
    from .inventory_released_event import InventoryReleasedEvent
    from .inventory_released_event_data import InventoryReleasedEventData
    from .inventory_released_event_data_previous_attributes_type_0 import (
        InventoryReleasedEventDataPreviousAttributesType0,
    )
    from .inventory_released_event_type import InventoryReleasedEventType
    from .inventory_reserved_event import InventoryReservedEvent
    from .inventory_reserved_event_data import InventoryReservedEventData
    from .inventory_reserved_event_data_previous_attributes_type_0 import (
        InventoryReservedEventDataPreviousAttributesType0,
    )
    from .inventory_reserved_event_type import InventoryReservedEventType
    from .item_received_request import ItemReceivedRequest
    from .list_query import ListQuery
    from .mark_asn_delivered_request import MarkAsnDeliveredRequest
    from .mark_asn_in_transit_request import MarkAsnInTransitRequest
    from .material_consumption import MaterialConsumption
    from .message_response import MessageResponse
    from .order_cancelled_event import OrderCancelledEvent
    from .order_cancelled_event_data import OrderCancelledEventData
    from .order_cancelled_event_data_previous_attributes_type_0 import (
        OrderCancelledEventDataPreviousAttributesType0,
    )
    from .order_cancelled_event_type import OrderCancelledEventType
    from .order_created_event import OrderCreatedEvent
    from .order_created_event_data import OrderCreatedEventData
    from .order_created_event_data_previous_attributes_type_0 import (
        OrderCreatedEventDataPreviousAttributesType0,
    )
    from .order_created_event_type import OrderCreatedEventType
    from .order_item import OrderItem
    from .order_payment_total import OrderPaymentTotal
    from .order_response import OrderResponse
    from .order_sort_field import OrderSortField
    from .order_status import OrderStatus
    from .order_updated_event import OrderUpdatedEvent
    from .order_updated_event_data import OrderUpdatedEventData
    from .order_updated_event_data_previous_attributes_type_0 import (
        OrderUpdatedEventDataPreviousAttributesType0,
    )
    from .order_updated_event_type import OrderUpdatedEventType
    from .outbox_item import OutboxItem
    from .package_dimensions_request import PackageDimensionsRequest
    from .package_request import PackageRequest
    from .paginated_response_asn_summary import PaginatedResponseAsnSummary
    from .paginated_response_bom_response import PaginatedResponseBomResponse
    from .paginated_response_order_response import PaginatedResponseOrderResponse
    from .paginated_response_payment_response import PaginatedResponsePaymentResponse
    from .paginated_response_product_response import PaginatedResponseProductResponse
    from .paginated_response_return_summary import PaginatedResponseReturnSummary
    from .paginated_response_shipment_summary import PaginatedResponseShipmentSummary
    from .paginated_response_value import PaginatedResponseValue
    from .paginated_response_warranty_summary import PaginatedResponseWarrantySummary
    from .paginated_response_webhook_delivery import PaginatedResponseWebhookDelivery
    from .paginated_response_webhook_endpoint import PaginatedResponseWebhookEndpoint
    from .paginated_response_work_order_response import (
        PaginatedResponseWorkOrderResponse,
    )
    from .pagination_meta import PaginationMeta
    from .payment_refunded_event import PaymentRefundedEvent
    from .payment_refunded_event_data import PaymentRefundedEventData
    from .payment_refunded_event_data_previous_attributes_type_0 import (
        PaymentRefundedEventDataPreviousAttributesType0,
    )
    from .payment_refunded_event_type import PaymentRefundedEventType
    from .payment_response import PaymentResponse
    from .payment_status_filter import PaymentStatusFilter
    from .payment_succeeded_event import PaymentSucceededEvent
    from .payment_succeeded_event_data import PaymentSucceededEventData
    from .payment_succeeded_event_data_previous_attributes_type_0 import (
        PaymentSucceededEventDataPreviousAttributesType0,
    )
    from .payment_succeeded_event_type import PaymentSucceededEventType
    from .product_recommendation import ProductRecommendation
    from .product_response import ProductResponse
    from .product_search_response import ProductSearchResponse
    from .purchase_order_item import PurchaseOrderItem
    from .purchase_order_item_request import PurchaseOrderItemRequest
    from .purchase_order_received_event import PurchaseOrderReceivedEvent
    from .purchase_order_received_event_data import PurchaseOrderReceivedEventData
    from .purchase_order_received_event_data_previous_attributes_type_0 import (
        PurchaseOrderReceivedEventDataPreviousAttributesType0,
    )
    from .purchase_order_received_event_type import PurchaseOrderReceivedEventType
    from .purchase_order_response import PurchaseOrderResponse
    from .purchase_order_status import PurchaseOrderStatus
    from .purchase_value_summary import PurchaseValueSummary
    from .reason_request import ReasonRequest
    from .receive_purchase_order_request import ReceivePurchaseOrderRequest
    from .refund_payment_handler_request import RefundPaymentHandlerRequest
    from .release_inventory_request import ReleaseInventoryRequest
    from .reservation_response import ReservationResponse
    from .reserve_inventory_request import ReserveInventoryRequest
    from .response_meta import ResponseMeta
    from .return_approved_event import ReturnApprovedEvent
    from .return_approved_event_data import ReturnApprovedEventData
    from .return_approved_event_data_previous_attributes_type_0 import (
        ReturnApprovedEventDataPreviousAttributesType0,
    )
    from .return_approved_event_type import ReturnApprovedEventType
    from .return_created_event import ReturnCreatedEvent
    from .return_created_event_data import ReturnCreatedEventData
    from .return_created_event_data_previous_attributes_type_0 import (
        ReturnCreatedEventDataPreviousAttributesType0,
    )
    from .return_created_event_type import ReturnCreatedEventType
    from .return_preference import ReturnPreference
    from .return_summary import ReturnSummary
    from .sales_metrics import SalesMetrics
    from .sales_trend_point import SalesTrendPoint
    from .schedule_work_order_request import ScheduleWorkOrderRequest
    from .shipment_delivered_event import ShipmentDeliveredEvent
    from .shipment_delivered_event_data import ShipmentDeliveredEventData
    from .shipment_delivered_event_data_previous_attributes_type_0 import (
        ShipmentDeliveredEventDataPreviousAttributesType0,
    )
    from .shipment_delivered_event_type import ShipmentDeliveredEventType
    from .shipment_metrics import ShipmentMetrics
    from .shipment_shipped_event import ShipmentShippedEvent
    from .shipment_shipped_event_data import ShipmentShippedEventData
    from .shipment_shipped_event_data_previous_attributes_type_0 import (
        ShipmentShippedEventDataPreviousAttributesType0,
    )
    from .shipment_shipped_event_type import ShipmentShippedEventType
    from .shipment_summary import ShipmentSummary
    from .shipment_tracking import ShipmentTracking
    from .shipping_address_request import ShippingAddressRequest
    from .shipping_method_request import ShippingMethodRequest
    from .sort_direction import SortDirection
    from .start_checkout_request import StartCheckoutRequest
    from .tracking_event import TrackingEvent
    from .update_bom_request import UpdateBOMRequest
    from .update_inventory_request import UpdateInventoryRequest
    from .update_order_request import UpdateOrderRequest
    from .update_order_status_request import UpdateOrderStatusRequest
    from .update_price_request import UpdatePriceRequest
    from .update_product_request import UpdateProductRequest
    from .update_purchase_order_request import UpdatePurchaseOrderRequest
    from .update_quantity_request import UpdateQuantityRequest
    from .update_webhook_endpoint_request import UpdateWebhookEndpointRequest
    from .update_work_order_request import UpdateWorkOrderRequest
    from .update_work_order_request_parts_required import (
        UpdateWorkOrderRequestPartsRequired,
    )
    from .update_work_order_status_request import UpdateWorkOrderStatusRequest
    from .update_work_order_task_request import UpdateWorkOrderTaskRequest
    from .variant_response import VariantResponse
    from .variant_response_options import VariantResponseOptions
    from .warranty_claim_created_event import WarrantyClaimCreatedEvent
    from .warranty_claim_created_event_data import WarrantyClaimCreatedEventData
    from .warranty_claim_created_event_data_previous_attributes_type_0 import (
        WarrantyClaimCreatedEventDataPreviousAttributesType0,
    )
    from .warranty_claim_created_event_type import WarrantyClaimCreatedEventType
    from .warranty_claim_response import WarrantyClaimResponse
    from .warranty_claim_response_status import WarrantyClaimResponseStatus
    from .warranty_summary import WarrantySummary
    from .webhook_delivery import WebhookDelivery
    from .webhook_delivery_status import WebhookDeliveryStatus
    from .webhook_endpoint import WebhookEndpoint
    from .webhook_event_type import WebhookEventType
    from .work_center_capacity import WorkCenterCapacity
    from .work_order_completed_event import WorkOrderCompletedEvent
    from .work_order_completed_event_data import WorkOrderCompletedEventData
    from .work_order_completed_event_data_previous_attributes_type_0 import (
        WorkOrderCompletedEventDataPreviousAttributesType0,
    )
    from .work_order_completed_event_type import WorkOrderCompletedEventType
    from .work_order_response import WorkOrderResponse
    from .work_order_response_parts_required import WorkOrderResponsePartsRequired
    from .work_order_task import WorkOrderTask

_MODULES = {
    "ACPErrorDetails": ".acp_error_details",
    "ACPErrorResponse": ".acp_error_response",
    "ACPErrorType": ".acp_error_type",
    "AddComponentRequest": ".add_component_request",
    "AddItemRequest": ".add_item_request",
    "Address": ".address",
    "AgentCartItemRequest": ".agent_cart_item_request",
    "ApiAddress": ".api_address",
    "ApiCheckoutSession": ".api_checkout_session",
    "ApiCheckoutSessionWithOrder": ".api_checkout_session_with_order",
    "ApiCompleteCheckoutSessionRequest": ".api_complete_checkout_session_request",
    "ApiCreateCheckoutSessionRequest": ".api_create_checkout_session_request",
    "ApiCustomer": ".api_customer",
    "ApiDeliveryWindow": ".api_delivery_window",
    "ApiFulfillment": ".api_fulfillment",
    "ApiFulfillmentChoice": ".api_fulfillment_choice",
    "ApiFulfillmentSelection": ".api_fulfillment_selection",
    "ApiItemInput": ".api_item_input",
    "ApiLineItem": ".api_line_item",
    "ApiLinks": ".api_links",
    "ApiMessage": ".api_message",
    "ApiMoney": ".api_money",
    "ApiOrder": ".api_order",
    "ApiPaymentRequest": ".api_payment_request",
    "ApiRefund": ".api_refund",
    "ApiResponseAsnSummary": ".api_response_asn_summary",
    "ApiResponseBatchInventoryResponse": ".api_response_batch_inventory_response",
    "ApiResponseBatchOrderResponse": ".api_response_batch_order_response",
    "ApiResponseBatchProductResponse": ".api_response_batch_product_response",
    "ApiResponseBomComponent": ".api_response_bom_component",
    "ApiResponseBomResponse": ".api_response_bom_response",
    "ApiResponseCartDetailedResponse": ".api_response_cart_detailed_response",
    "ApiResponseCartMessageResponse": ".api_response_cart_message_response",
    "ApiResponseCartMetrics": ".api_response_cart_metrics",
    "ApiResponseCartResponse": ".api_response_cart_response",
    "ApiResponseCheckoutSession": ".api_response_checkout_session",
    "ApiResponseCustomerAddress": ".api_response_customer_address",
    "ApiResponseCustomerResponse": ".api_response_customer_response",
    "ApiResponseCustomerSession": ".api_response_customer_session",
    "ApiResponseDashboardMetrics": ".api_response_dashboard_metrics",
    "ApiResponseInventoryItem": ".api_response_inventory_item",
    "ApiResponseInventoryListResponse": ".api_response_inventory_list_response",
    "ApiResponseInventoryLocation": ".api_response_inventory_location",
    "ApiResponseInventoryMetrics": ".api_response_inventory_metrics",
    "ApiResponseMaterialConsumption": ".api_response_material_consumption",
    "ApiResponseMessageResponse": ".api_response_message_response",
    "ApiResponseOrderItem": ".api_response_order_item",
    "ApiResponseOrderPaymentTotal": ".api_response_order_payment_total",
    "ApiResponseOrderResponse": ".api_response_order_response",
    "ApiResponsePaginatedResponseAsnSummary": ".api_response_paginated_response_asn_summary",
    "ApiResponsePaginatedResponseBomResponse": ".api_response_paginated_response_bom_response",
    "ApiResponsePaginatedResponseOrderResponse": ".api_response_paginated_response_order_response",
    "ApiResponsePaginatedResponsePaymentResponse": ".api_response_paginated_response_payment_response",
    "ApiResponsePaginatedResponseProductResponse": ".api_response_paginated_response_product_response",
    "ApiResponsePaginatedResponseReturnSummary": ".api_response_paginated_response_return_summary",
    "ApiResponsePaginatedResponseShipmentSummary": ".api_response_paginated_response_shipment_summary",
    "ApiResponsePaginatedResponseWarrantySummary": ".api_response_paginated_response_warranty_summary",
    "ApiResponsePaginatedResponseWebhookDelivery": ".api_response_paginated_response_webhook_delivery",
    "ApiResponsePaginatedResponseWebhookEndpoint": ".api_response_paginated_response_webhook_endpoint",
    "ApiResponsePaginatedResponseWorkOrderResponse": ".api_response_paginated_response_work_order_response",
    "ApiResponsePaymentResponse": ".api_response_payment_response",
    "ApiResponseProductResponse": ".api_response_product_response",
    "ApiResponseProductSearchResponse": ".api_response_product_search_response",
    "ApiResponsePurchaseOrderResponse": ".api_response_purchase_order_response",
    "ApiResponsePurchaseValueSummary": ".api_response_purchase_value_summary",
    "ApiResponseReservationResponse": ".api_response_reservation_response",
    "ApiResponseReturnSummary": ".api_response_return_summary",
    "ApiResponseSalesMetrics": ".api_response_sales_metrics",
    "ApiResponseShipmentMetrics": ".api_response_shipment_metrics",
    "ApiResponseShipmentSummary": ".api_response_shipment_summary",
    "ApiResponseShipmentTracking": ".api_response_shipment_tracking",
    "ApiResponseValue": ".api_response_value",
    "ApiResponseVariantResponse": ".api_response_variant_response",
    "ApiResponseVecBomComponent": ".api_response_vec_bom_component",
    "ApiResponseVecCustomerAddress": ".api_response_vec_customer_address",
    "ApiResponseVecOrderItem": ".api_response_vec_order_item",
    "ApiResponseVecOutboxItem": ".api_response_vec_outbox_item",
    "ApiResponseVecPaymentResponse": ".api_response_vec_payment_response",
    "ApiResponseVecProductRecommendation": ".api_response_vec_product_recommendation",
    "ApiResponseVecPurchaseOrderResponse": ".api_response_vec_purchase_order_response",
    "ApiResponseVecSalesTrendPoint": ".api_response_vec_sales_trend_point",
    "ApiResponseVecVariantResponse": ".api_response_vec_variant_response",
    "ApiResponseWarrantyClaimResponse": ".api_response_warranty_claim_response",
    "ApiResponseWarrantySummary": ".api_response_warranty_summary",
    "ApiResponseWebhookEndpoint": ".api_response_webhook_endpoint",
    "ApiResponseWorkCenterCapacity": ".api_response_work_center_capacity",
    "ApiResponseWorkOrderResponse": ".api_response_work_order_response",
    "ApiResponseWorkOrderTask": ".api_response_work_order_task",
    "ApiStatus": ".api_status",
    "ApiTotals": ".api_totals",
    "ApiUpdateCheckoutSessionRequest": ".api_update_checkout_session_request",
    "ApprovePurchaseOrderRequest": ".approve_purchase_order_request",
    "ApproveWarrantyClaimRequest": ".approve_warranty_claim_request",
    "AsnItemRequest": ".asn_item_request",
    "AsnSummary": ".asn_summary",
    "AssignWorkOrderRequest": ".assign_work_order_request",
    "AuditBOMRequest": ".audit_bom_request",
    "BatchCreateInventoryRequest": ".batch_create_inventory_request",
    "BatchCreateOrdersRequest": ".batch_create_orders_request",
    "BatchCreateProductsRequest": ".batch_create_products_request",
    "BatchInventoryResponse": ".batch_inventory_response",
    "BatchInventoryResult": ".batch_inventory_result",
    "BatchItemError": ".batch_item_error",
    "BatchOrderResponse": ".batch_order_response",
    "BatchOrderResult": ".batch_order_result",
    "BatchProductResponse": ".batch_product_response",
    "BatchProductResult": ".batch_product_result",
    "BomComponent": ".bom_component",
    "BOMComponentRequest": ".bom_component_request",
    "BomResponse": ".bom_response",
    "BomResponseStatus": ".bom_response_status",
    "CancelOrderRequest": ".cancel_order_request",
    "CancelPurchaseOrderRequest": ".cancel_purchase_order_request",
    "CarrierDetailsRequest": ".carrier_details_request",
    "CartDetailedResponse": ".cart_detailed_response",
    "CartItemResponse": ".cart_item_response",
    "CartMessageResponse": ".cart_message_response",
    "CartMetrics": ".cart_metrics",
    "CartResponse": ".cart_response",
    "CartStatus": ".cart_status",
    "CheckoutAddress": ".checkout_address",
    "CheckoutCustomerRequest": ".checkout_customer_request",
    "CheckoutSession": ".checkout_session",
    "CheckoutSessionStatus": ".checkout_session_status",
    "CompleteCheckoutRequest": ".complete_checkout_request",
    "ConsumeMaterialRequest": ".consume_material_request",
    "CreateAsnRequest": ".create_asn_request",
    "CreateBOMRequest": ".create_bom_request",
    "CreateCartRequest": ".create_cart_request",
    "CreateCartRequestMetadataType0": ".create_cart_request_metadata_type_0",
    "CreateInventoryRequest": ".create_inventory_request",
    "CreateOrderItem": ".create_order_item",
    "CreateOrderRequest": ".create_order_request",
    "CreatePaymentRequest": ".create_payment_request",
    "CreateProductRequest": ".create_product_request",
    "CreatePurchaseOrderRequest": ".create_purchase_order_request",
    "CreateReturnRequest": ".create_return_request",
    "CreateShipmentRequest": ".create_shipment_request",
    "CreateVariantRequest": ".create_variant_request",
    "CreateVariantRequestOptions": ".create_variant_request_options",
    "CreateWarrantyClaimRequest": ".create_warranty_claim_request",
    "CreateWarrantyRequest": ".create_warranty_request",
    "CreateWebhookEndpointRequest": ".create_webhook_endpoint_request",
    "CreateWorkOrderRequest": ".create_work_order_request",
    "CreateWorkOrderRequestPartsRequired": ".create_work_order_request_parts_required",
    "CustomerAddress": ".customer_address",
    "CustomerLogin": ".customer_login",
    "CustomerRegistration": ".customer_registration",
    "CustomerResponse": ".customer_response",
    "CustomerSession": ".customer_session",
    "CustomerUpdate": ".customer_update",
    "DashboardMetrics": ".dashboard_metrics",
    "DimensionUnit": ".dimension_unit",
    "Dimensions": ".dimensions",
    "ErrorResponse": ".error_response",
    "ExtendWarrantyRequest": ".extend_warranty_request",
    "HealthStatus": ".health_status",
    "HealthStatusStatus": ".health_status_status",
    "InventoryItem": ".inventory_item",
    "InventoryListResponse": ".inventory_list_response",
    "InventoryLocation": ".inventory_location",
    "InventoryMetrics": ".inventory_metrics",
    "InventoryQuantities": ".inventory_quantities",
    "InventoryReleasedEvent": ".inventory_released_event",
    "InventoryReleasedEventData": ".inventory_released_event_data",
    "InventoryReleasedEventDataPreviousAttributesType0": ".inventory_released_event_data_previous_attributes_type_0",
    "InventoryReleasedEventType": ".inventory_released_event_type",
    "InventoryReservedEvent": ".inventory_reserved_event",
    "InventoryReservedEventData": ".inventory_reserved_event_data",
    "InventoryReservedEventDataPreviousAttributesType0": ".inventory_reserved_event_data_previous_attributes_type_0",
    "InventoryReservedEventType": ".inventory_reserved_event_type",
    "ItemReceivedRequest": ".item_received_request",
    "ListQuery": ".list_query",
    "MarkAsnDeliveredRequest": ".mark_asn_delivered_request",
    "MarkAsnInTransitRequest": ".mark_asn_in_transit_request",
    "MaterialConsumption": ".material_consumption",
    "MessageResponse": ".message_response",
    "OrderCancelledEvent": ".order_cancelled_event",
    "OrderCancelledEventData": ".order_cancelled_event_data",
    "OrderCancelledEventDataPreviousAttributesType0": ".order_cancelled_event_data_previous_attributes_type_0",
    "OrderCancelledEventType": ".order_cancelled_event_type",
    "OrderCreatedEvent": ".order_created_event",
    "OrderCreatedEventData": ".order_created_event_data",
    "OrderCreatedEventDataPreviousAttributesType0": ".order_created_event_data_previous_attributes_type_0",
    "OrderCreatedEventType": ".order_created_event_type",
    "OrderItem": ".order_item",
    "OrderPaymentTotal": ".order_payment_total",
    "OrderResponse": ".order_response",
    "OrderSortField": ".order_sort_field",
    "OrderStatus": ".order_status",
    "OrderUpdatedEvent": ".order_updated_event",
    "OrderUpdatedEventData": ".order_updated_event_data",
    "OrderUpdatedEventDataPreviousAttributesType0": ".order_updated_event_data_previous_attributes_type_0",
    "OrderUpdatedEventType": ".order_updated_event_type",
    "OutboxItem": ".outbox_item",
    "PackageDimensionsRequest": ".package_dimensions_request",
    "PackageRequest": ".package_request",
    "PaginatedResponseAsnSummary": ".paginated_response_asn_summary",
    "PaginatedResponseBomResponse": ".paginated_response_bom_response",
    "PaginatedResponseOrderResponse": ".paginated_response_order_response",
    "PaginatedResponsePaymentResponse": ".paginated_response_payment_response",
    "PaginatedResponseProductResponse": ".paginated_response_product_response",
    "PaginatedResponseReturnSummary": ".paginated_response_return_summary",
    "PaginatedResponseShipmentSummary": ".paginated_response_shipment_summary",
    "PaginatedResponseValue": ".paginated_response_value",
    "PaginatedResponseWarrantySummary": ".paginated_response_warranty_summary",
    "PaginatedResponseWebhookDelivery": ".paginated_response_webhook_delivery",
    "PaginatedResponseWebhookEndpoint": ".paginated_response_webhook_endpoint",
    "PaginatedResponseWorkOrderResponse": ".paginated_response_work_order_response",
    "PaginationMeta": ".pagination_meta",
    "PaymentRefundedEvent": ".payment_refunded_event",
    "PaymentRefundedEventData": ".payment_refunded_event_data",
    "PaymentRefundedEventDataPreviousAttributesType0": ".payment_refunded_event_data_previous_attributes_type_0",
    "PaymentRefundedEventType": ".payment_refunded_event_type",
    "PaymentResponse": ".payment_response",
    "PaymentStatusFilter": ".payment_status_filter",
    "PaymentSucceededEvent": ".payment_succeeded_event",
    "PaymentSucceededEventData": ".payment_succeeded_event_data",
    "PaymentSucceededEventDataPreviousAttributesType0": ".payment_succeeded_event_data_previous_attributes_type_0",
    "PaymentSucceededEventType": ".payment_succeeded_event_type",
    "ProductRecommendation": ".product_recommendation",
    "ProductResponse": ".product_response",
    "ProductSearchResponse": ".product_search_response",
    "PurchaseOrderItem": ".purchase_order_item",
    "PurchaseOrderItemRequest": ".purchase_order_item_request",
    "PurchaseOrderReceivedEvent": ".purchase_order_received_event",
    "PurchaseOrderReceivedEventData": ".purchase_order_received_event_data",
    "PurchaseOrderReceivedEventDataPreviousAttributesType0": ".purchase_order_received_event_data_previous_attributes_type_0",
    "PurchaseOrderReceivedEventType": ".purchase_order_received_event_type",
    "PurchaseOrderResponse": ".purchase_order_response",
    "PurchaseOrderStatus": ".purchase_order_status",
    "PurchaseValueSummary": ".purchase_value_summary",
    "ReasonRequest": ".reason_request",
    "ReceivePurchaseOrderRequest": ".receive_purchase_order_request",
    "RefundPaymentHandlerRequest": ".refund_payment_handler_request",
    "ReleaseInventoryRequest": ".release_inventory_request",
    "ReservationResponse": ".reservation_response",
    "ReserveInventoryRequest": ".reserve_inventory_request",
    "ResponseMeta": ".response_meta",
    "ReturnApprovedEvent": ".return_approved_event",
    "ReturnApprovedEventData": ".return_approved_event_data",
    "ReturnApprovedEventDataPreviousAttributesType0": ".return_approved_event_data_previous_attributes_type_0",
    "ReturnApprovedEventType": ".return_approved_event_type",
    "ReturnCreatedEvent": ".return_created_event",
    "ReturnCreatedEventData": ".return_created_event_data",
    "ReturnCreatedEventDataPreviousAttributesType0": ".return_created_event_data_previous_attributes_type_0",
    "ReturnCreatedEventType": ".return_created_event_type",
    "ReturnPreference": ".return_preference",
    "ReturnSummary": ".return_summary",
    "SalesMetrics": ".sales_metrics",
    "SalesTrendPoint": ".sales_trend_point",
    "ScheduleWorkOrderRequest": ".schedule_work_order_request",
    "ShipmentDeliveredEvent": ".shipment_delivered_event",
    "ShipmentDeliveredEventData": ".shipment_delivered_event_data",
    "ShipmentDeliveredEventDataPreviousAttributesType0": ".shipment_delivered_event_data_previous_attributes_type_0",
    "ShipmentDeliveredEventType": ".shipment_delivered_event_type",
    "ShipmentMetrics": ".shipment_metrics",
    "ShipmentShippedEvent": ".shipment_shipped_event",
    "ShipmentShippedEventData": ".shipment_shipped_event_data",
    "ShipmentShippedEventDataPreviousAttributesType0": ".shipment_shipped_event_data_previous_attributes_type_0",
    "ShipmentShippedEventType": ".shipment_shipped_event_type",
    "ShipmentSummary": ".shipment_summary",
    "ShipmentTracking": ".shipment_tracking",
    "ShippingAddressRequest": ".shipping_address_request",
    "ShippingMethodRequest": ".shipping_method_request",
    "SortDirection": ".sort_direction",
    "StartCheckoutRequest": ".start_checkout_request",
    "TrackingEvent": ".tracking_event",
    "UpdateBOMRequest": ".update_bom_request",
    "UpdateInventoryRequest": ".update_inventory_request",
    "UpdateOrderRequest": ".update_order_request",
    "UpdateOrderStatusRequest": ".update_order_status_request",
    "UpdatePriceRequest": ".update_price_request",
    "UpdateProductRequest": ".update_product_request",
    "UpdatePurchaseOrderRequest": ".update_purchase_order_request",
    "UpdateQuantityRequest": ".update_quantity_request",
    "UpdateWebhookEndpointRequest": ".update_webhook_endpoint_request",
    "UpdateWorkOrderRequest": ".update_work_order_request",
    "UpdateWorkOrderRequestPartsRequired": ".update_work_order_request_parts_required",
    "UpdateWorkOrderStatusRequest": ".update_work_order_status_request",
    "UpdateWorkOrderTaskRequest": ".update_work_order_task_request",
    "VariantResponse": ".variant_response",
    "VariantResponseOptions": ".variant_response_options",
    "WarrantyClaimCreatedEvent": ".warranty_claim_created_event",
    "WarrantyClaimCreatedEventData": ".warranty_claim_created_event_data",
    "WarrantyClaimCreatedEventDataPreviousAttributesType0": ".warranty_claim_created_event_data_previous_attributes_type_0",
    "WarrantyClaimCreatedEventType": ".warranty_claim_created_event_type",
    "WarrantyClaimResponse": ".warranty_claim_response",
    "WarrantyClaimResponseStatus": ".warranty_claim_response_status",
    "WarrantySummary": ".warranty_summary",
    "WebhookDelivery": ".webhook_delivery",
    "WebhookDeliveryStatus": ".webhook_delivery_status",
    "WebhookEndpoint": ".webhook_endpoint",
    "WebhookEventType": ".webhook_event_type",
    "WorkCenterCapacity": ".work_center_capacity",
    "WorkOrderCompletedEvent": ".work_order_completed_event",
    "WorkOrderCompletedEventData": ".work_order_completed_event_data",
    "WorkOrderCompletedEventDataPreviousAttributesType0": ".work_order_completed_event_data_previous_attributes_type_0",
    "WorkOrderCompletedEventType": ".work_order_completed_event_type",
    "WorkOrderResponse": ".work_order_response",
    "WorkOrderResponsePartsRequired": ".work_order_response_parts_required",
    "WorkOrderTask": ".work_order_task",
}


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "ACPErrorDetails",
    "ACPErrorResponse",
    "ACPErrorType",
    "AddComponentRequest",
    "AddItemRequest",
    "Address",
    "AgentCartItemRequest",
    "ApiAddress",
    "ApiCheckoutSession",
    "ApiCheckoutSessionWithOrder",
    "ApiCompleteCheckoutSessionRequest",
    "ApiCreateCheckoutSessionRequest",
    "ApiCustomer",
    "ApiDeliveryWindow",
    "ApiFulfillment",
    "ApiFulfillmentChoice",
    "ApiFulfillmentSelection",
    "ApiItemInput",
    "ApiLineItem",
    "ApiLinks",
    "ApiMessage",
    "ApiMoney",
    "ApiOrder",
    "ApiPaymentRequest",
    "ApiRefund",
    "ApiResponseAsnSummary",
    "ApiResponseBatchInventoryResponse",
    "ApiResponseBatchOrderResponse",
    "ApiResponseBatchProductResponse",
    "ApiResponseBomComponent",
    "ApiResponseBomResponse",
    "ApiResponseCartDetailedResponse",
    "ApiResponseCartMessageResponse",
    "ApiResponseCartMetrics",
    "ApiResponseCartResponse",
    "ApiResponseCheckoutSession",
    "ApiResponseCustomerAddress",
    "ApiResponseCustomerResponse",
    "ApiResponseCustomerSession",
    "ApiResponseDashboardMetrics",
    "ApiResponseInventoryItem",
    "ApiResponseInventoryListResponse",
    "ApiResponseInventoryLocation",
    "ApiResponseInventoryMetrics",
    "ApiResponseMaterialConsumption",
    "ApiResponseMessageResponse",
    "ApiResponseOrderItem",
    "ApiResponseOrderPaymentTotal",
    "ApiResponseOrderResponse",
    "ApiResponsePaginatedResponseAsnSummary",
    "ApiResponsePaginatedResponseBomResponse",
    "ApiResponsePaginatedResponseOrderResponse",
    "ApiResponsePaginatedResponsePaymentResponse",
    "ApiResponsePaginatedResponseProductResponse",
    "ApiResponsePaginatedResponseReturnSummary",
    "ApiResponsePaginatedResponseShipmentSummary",
    "ApiResponsePaginatedResponseWarrantySummary",
    "ApiResponsePaginatedResponseWebhookDelivery",
    "ApiResponsePaginatedResponseWebhookEndpoint",
    "ApiResponsePaginatedResponseWorkOrderResponse",
    "ApiResponsePaymentResponse",
    "ApiResponseProductResponse",
    "ApiResponseProductSearchResponse",
    "ApiResponsePurchaseOrderResponse",
    "ApiResponsePurchaseValueSummary",
    "ApiResponseReservationResponse",
    "ApiResponseReturnSummary",
    "ApiResponseSalesMetrics",
    "ApiResponseShipmentMetrics",
    "ApiResponseShipmentSummary",
    "ApiResponseShipmentTracking",
    "ApiResponseValue",
    "ApiResponseVariantResponse",
    "ApiResponseVecBomComponent",
    "ApiResponseVecCustomerAddress",
    "ApiResponseVecOrderItem",
    "ApiResponseVecOutboxItem",
    "ApiResponseVecPaymentResponse",
    "ApiResponseVecProductRecommendation",
    "ApiResponseVecPurchaseOrderResponse",
    "ApiResponseVecSalesTrendPoint",
    "ApiResponseVecVariantResponse",
    "ApiResponseWarrantyClaimResponse",
    "ApiResponseWarrantySummary",
    "ApiResponseWebhookEndpoint",
    "ApiResponseWorkCenterCapacity",
    "ApiResponseWorkOrderResponse",
    "ApiResponseWorkOrderTask",
    "ApiStatus",
    "ApiTotals",
    "ApiUpdateCheckoutSessionRequest",
    "ApprovePurchaseOrderRequest",
    "ApproveWarrantyClaimRequest",
    "AsnItemRequest",
    "AsnSummary",
    "AssignWorkOrderRequest",
    "AuditBOMRequest",
    "BatchCreateInventoryRequest",
    "BatchCreateOrdersRequest",
    "BatchCreateProductsRequest",
    "BatchInventoryResponse",
    "BatchInventoryResult",
    "BatchItemError",
    "BatchOrderResponse",
    "BatchOrderResult",
    "BatchProductResponse",
    "BatchProductResult",
    "BomComponent",
    "BOMComponentRequest",
    "BomResponse",
    "BomResponseStatus",
    "CancelOrderRequest",
    "CancelPurchaseOrderRequest",
    "CarrierDetailsRequest",
    "CartDetailedResponse",
    "CartItemResponse",
    "CartMessageResponse",
    "CartMetrics",
    "CartResponse",
    "CartStatus",
    "CheckoutAddress",
    "CheckoutCustomerRequest",
    "CheckoutSession",
    "CheckoutSessionStatus",
    "CompleteCheckoutRequest",
    "ConsumeMaterialRequest",
    "CreateAsnRequest",
    "CreateBOMRequest",
    "CreateCartRequest",
    "CreateCartRequestMetadataType0",
    "CreateInventoryRequest",
    "CreateOrderItem",
    "CreateOrderRequest",
    "CreatePaymentRequest",
    "CreateProductRequest",
    "CreatePurchaseOrderRequest",
    "CreateReturnRequest",
    "CreateShipmentRequest",
    "CreateVariantRequest",
    "CreateVariantRequestOptions",
    "CreateWarrantyClaimRequest",
    "CreateWarrantyRequest",
    "CreateWebhookEndpointRequest",
    "CreateWorkOrderRequest",
    "CreateWorkOrderRequestPartsRequired",
    "CustomerAddress",
    "CustomerLogin",
    "CustomerRegistration",
    "CustomerResponse",
    "CustomerSession",
    "CustomerUpdate",
    "DashboardMetrics",
    "Dimensions",
    "DimensionUnit",
    "ErrorResponse",
    "ExtendWarrantyRequest",
    "HealthStatus",
    "HealthStatusStatus",
    "InventoryItem",
    "InventoryListResponse",
    "InventoryLocation",
    "InventoryMetrics",
    "InventoryQuantities",
    "InventoryReleasedEvent",
    "InventoryReleasedEventData",
    "InventoryReleasedEventDataPreviousAttributesType0",
    "InventoryReleasedEventType",
    "InventoryReservedEvent",
    "InventoryReservedEventData",
    "InventoryReservedEventDataPreviousAttributesType0",
    "InventoryReservedEventType",
    "ItemReceivedRequest",
    "ListQuery",
    "MarkAsnDeliveredRequest",
    "MarkAsnInTransitRequest",
    "MaterialConsumption",
    "MessageResponse",
    "OrderCancelledEvent",
    "OrderCancelledEventData",
    "OrderCancelledEventDataPreviousAttributesType0",
    "OrderCancelledEventType",
    "OrderCreatedEvent",
    "OrderCreatedEventData",
    "OrderCreatedEventDataPreviousAttributesType0",
    "OrderCreatedEventType",
    "OrderItem",
    "OrderPaymentTotal",
    "OrderResponse",
    "OrderSortField",
    "OrderStatus",
    "OrderUpdatedEvent",
    "OrderUpdatedEventData",
    "OrderUpdatedEventDataPreviousAttributesType0",
    "OrderUpdatedEventType",
    "OutboxItem",
    "PackageDimensionsRequest",
    "PackageRequest",
    "PaginatedResponseAsnSummary",
    "PaginatedResponseBomResponse",
    "PaginatedResponseOrderResponse",
    "PaginatedResponsePaymentResponse",
    "PaginatedResponseProductResponse",
    "PaginatedResponseReturnSummary",
    "PaginatedResponseShipmentSummary",
    "PaginatedResponseValue",
    "PaginatedResponseWarrantySummary",
    "PaginatedResponseWebhookDelivery",
    "PaginatedResponseWebhookEndpoint",
    "PaginatedResponseWorkOrderResponse",
    "PaginationMeta",
    "PaymentRefundedEvent",
    "PaymentRefundedEventData",
    "PaymentRefundedEventDataPreviousAttributesType0",
    "PaymentRefundedEventType",
    "PaymentResponse",
    "PaymentStatusFilter",
    "PaymentSucceededEvent",
    "PaymentSucceededEventData",
    "PaymentSucceededEventDataPreviousAttributesType0",
    "PaymentSucceededEventType",
    "ProductRecommendation",
    "ProductResponse",
    "ProductSearchResponse",
    "PurchaseOrderItem",
    "PurchaseOrderItemRequest",
    "PurchaseOrderReceivedEvent",
    "PurchaseOrderReceivedEventData",
    "PurchaseOrderReceivedEventDataPreviousAttributesType0",
    "PurchaseOrderReceivedEventType",
    "PurchaseOrderResponse",
    "PurchaseOrderStatus",
    "PurchaseValueSummary",
    "ReasonRequest",
    "ReceivePurchaseOrderRequest",
    "RefundPaymentHandlerRequest",
    "ReleaseInventoryRequest",
    "ReservationResponse",
    "ReserveInventoryRequest",
    "ResponseMeta",
    "ReturnApprovedEvent",
    "ReturnApprovedEventData",
    "ReturnApprovedEventDataPreviousAttributesType0",
    "ReturnApprovedEventType",
    "ReturnCreatedEvent",
    "ReturnCreatedEventData",
    "ReturnCreatedEventDataPreviousAttributesType0",
    "ReturnCreatedEventType",
    "ReturnPreference",
    "ReturnSummary",
    "SalesMetrics",
    "SalesTrendPoint",
    "ScheduleWorkOrderRequest",
    "ShipmentDeliveredEvent",
    "ShipmentDeliveredEventData",
    "ShipmentDeliveredEventDataPreviousAttributesType0",
    "ShipmentDeliveredEventType",
    "ShipmentMetrics",
    "ShipmentShippedEvent",
    "ShipmentShippedEventData",
    "ShipmentShippedEventDataPreviousAttributesType0",
    "ShipmentShippedEventType",
    "ShipmentSummary",
    "ShipmentTracking",
    "ShippingAddressRequest",
    "ShippingMethodRequest",
    "SortDirection",
    "StartCheckoutRequest",
    "TrackingEvent",
    "UpdateBOMRequest",
    "UpdateInventoryRequest",
    "UpdateOrderRequest",
    "UpdateOrderStatusRequest",
    "UpdatePriceRequest",
    "UpdateProductRequest",
    "UpdatePurchaseOrderRequest",
    "UpdateQuantityRequest",
    "UpdateWebhookEndpointRequest",
    "UpdateWorkOrderRequest",
    "UpdateWorkOrderRequestPartsRequired",
    "UpdateWorkOrderStatusRequest",
    "UpdateWorkOrderTaskRequest",
    "VariantResponse",
    "VariantResponseOptions",
    "WarrantyClaimCreatedEvent",
    "WarrantyClaimCreatedEventData",
    "WarrantyClaimCreatedEventDataPreviousAttributesType0",
    "WarrantyClaimCreatedEventType",
    "WarrantyClaimResponse",
    "WarrantyClaimResponseStatus",
    "WarrantySummary",
    "WebhookDelivery",
    "WebhookDeliveryStatus",
    "WebhookEndpoint",
    "WebhookEventType",
    "WorkCenterCapacity",
    "WorkOrderCompletedEvent",
    "WorkOrderCompletedEventData",
    "WorkOrderCompletedEventDataPreviousAttributesType0",
    "WorkOrderCompletedEventType",
    "WorkOrderResponse",
    "WorkOrderResponsePartsRequired",
    "WorkOrderTask",
)
