from stateset import Stateset


def run(client: Stateset) -> None:
    order = client.orders.get("ord_1")
    print(order.order_nubmer)  # E: "OrderResponse" has no attribute "order_nubmer"
    client.orders.create(customer_id="c1", itmes=[])  # E: Unexpected keyword argument "itmes"
    client.orders.list(status="teleported")  # E: Argument "status" to "list" of "OrdersResource" has incompatible type
    client.orders.get(42)  # E: Argument 1 to "get" of "OrdersResource" has incompatible type "int"
    client.ordres.list()  # E: "Stateset" has no attribute "ordres"
