"""The preview list parameters: filter, sort, search, near and bbox."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from sandbox_world import data, order_body

from stateset.sandbox._filters import FieldSpec, Where, apply_filter, sort_order
from stateset.sandbox._store import haversine_km

ORDERS = "/api/v1/orders"
CITIES = {"New York": "NY", "Boston": "MA", "Los Angeles": "CA", "Nowhere": "ZZ"}


@pytest.fixture
def orders(client: httpx.Client) -> list[dict[str, object]]:
    out = []
    for n, (city, state) in enumerate(CITIES.items()):
        addr = {"street": "1 St", "city": city, "state": state, "postal_code": "1", "country": "US"}
        body = order_body(
            price=f"{(n + 1) * 10}.00", notes=f"Gift for {city}" if n % 2 else None, shipping_address=addr
        )
        out.append(data(client.post(ORDERS, json=body), 201))
        time.sleep(0.002)  # distinct created_at (millisecond precision): the sort tests order by it
    data(client.put(f"{ORDERS}/{out[0]['id']}/status", json={"status": "confirmed"}))
    return out


def q(client: httpx.Client, **params: object) -> list[str]:
    resp = client.get(ORDERS, params={k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()})
    return [o["shipping_address"]["city"] for o in data(resp)["items"]]


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        ([["status", "eq", "confirmed"]], ["New York"]),
        ([["status", "ne", "confirmed"]], ["Boston", "Los Angeles", "Nowhere"]),
        ([["total_amount", "gt", 20]], ["Los Angeles", "Nowhere"]),
        ([["total_amount", "gte", 20], ["total_amount", "lt", 40]], ["Boston", "Los Angeles"]),
        ([["total_amount", "lte", 10]], ["New York"]),
        ([["total_amount", "between", [15, 35]]], ["Boston", "Los Angeles"]),
        ([["status", "in", ["confirmed", "cancelled"]]], ["New York"]),
        ([["status", "not_in", ["pending"]]], ["New York"]),
        ([["notes", "contains", "Gift"]], ["Boston", "Nowhere"]),
        ([["notes", "icontains", "gift for bos"]], ["Boston"]),
        ([["order_number", "startswith", "ORD-100"]], ["New York", "Boston", "Los Angeles", "Nowhere"]),
        ([["notes", "isnull", True]], ["New York", "Los Angeles"]),
        ([["notes", "isnull", False]], ["Boston", "Nowhere"]),
    ],
)
def test_filter_operators(
    client: httpx.Client, orders: list[dict[str, object]], conditions: list[object], expected: list[str]
) -> None:
    assert q(client, filter=conditions) == expected


def test_sort_search_and_geo(client: httpx.Client, orders: list[dict[str, object]]) -> None:
    assert q(client, sort="-total_amount") == ["Nowhere", "Los Angeles", "Boston", "New York"]
    assert q(client, sort="status,-created_at") == ["New York", "Nowhere", "Los Angeles", "Boston"]
    assert q(client, search="gift") == ["Boston", "Nowhere"]
    assert q(client, near="40.71,-74.0,400") == ["New York", "Boston"]
    assert q(client, near="42.36,-71.06,400") == ["Boston", "New York"]
    assert q(client, near="42.36,-71.06,400", sort="-total_amount") == ["Boston", "New York"]
    assert q(client, bbox="30,-125,45,-70") == ["New York", "Boston", "Los Angeles"]
    assert q(client, bbox="30,-125,40,-100") == ["Los Angeles"]


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"filter": "not json"}, "not valid JSON"),
        ({"filter": '{"a": 1}'}, "JSON array"),
        ({"filter": '[["status", "eq"]]'}, "[field, op, value]"),
        ({"filter": '[["colour", "eq", "red"]]'}, "unknown field 'colour'"),
        ({"filter": '[["status", "like", "x"]]'}, "unknown operator"),
        ({"filter": '[["status", "in", "x"]]'}, "non-empty array"),
        ({"filter": '[["status", "in", [["x"]]]]'}, "scalar"),
        ({"filter": '[["status", "eq", null]]'}, "scalar"),
        ({"filter": '[["notes", "contains", 3]]'}, "string"),
        ({"filter": '[["total_amount", "between", [1]]]'}, "[low, high]"),
        ({"filter": '[["total_amount", "between", [1, {}]]]'}, "scalar"),
        ({"filter": '[["notes", "isnull", "yes"]]'}, "true or false"),
        ({"filter": '[["status", "gt", "pending"]]'}, "'gt' does not apply to an enum field 'status'"),
        ({"filter": '[["status", "between", ["a", "b"]]]'}, "allowed: eq, ne, in, not_in, isnull"),
        ({"filter": '[["total_amount", "contains", "9"]]'}, "'contains' does not apply to a numeric field"),
        ({"filter": '[["created_at", "startswith", "2026"]]'}, "to a date-time field 'created_at'"),
        ({"sort": "-colour"}, "unknown sort field"),
        ({"near": "1,2"}, "3 comma-separated"),
        ({"near": "100,0,1"}, "lat in"),
        ({"bbox": "1,1,0,0"}, "min values"),
        ({"bbox": "a,b,c,d"}, "4 comma-separated"),
    ],
)
def test_invalid_list_params_are_400_with_details(client: httpx.Client, params: dict[str, str], fragment: str) -> None:
    resp = client.get(ORDERS, params=params)
    assert resp.status_code == 400, resp.text
    assert fragment in resp.json()["details"]


def test_filters_on_other_resources(client: httpx.Client) -> None:
    client.post("/_sandbox/seed", json={"dataset": "demo"})
    inv = data(client.get("/api/v1/inventory", params={"near": "34.05,-118.24,50"}))
    assert inv["total"] == 0  # every demo item's first location is the New York DC
    east = data(client.get("/api/v1/inventory", params={"bbox": "40,-75,41,-73", "sort": "-item_number"}))
    assert [i["item_number"] for i in east["items"]][:2] == ["SKU-SOCKS-1", "SKU-SHOE-1"]
    products = data(client.get("/api/v1/products", params={"filter": '[["price", "gt", 50]]', "sort": "price"}))
    assert [p["name"] for p in products["items"]] == ["Trail Runner Shoe", "Rain Jacket"]
    assert data(client.get("/api/v1/work-orders", params={"search": "high"}))["total"] == 1
    assert data(client.get("/api/v1/manufacturing/boms", params={"search": "gift"}))["total"] == 1


def test_unit_helpers() -> None:
    spec = FieldSpec(frozenset({"a", "status"}), numeric=frozenset({"a"}))
    where = Where()
    apply_filter(spec, '[["a", "gt", 1], ["status", "eq", "x"]]', where)
    assert where.sql == "(CAST(json_extract(doc, '$.a') AS REAL) > ?) AND (status = ?)"
    assert where.params == [1, "x"]
    assert sort_order(spec, "a, ,-status") == "CAST(json_extract(doc, '$.a') AS REAL) ASC, status DESC, seq"
    assert round(haversine_km(40.7128, -74.0060, 42.3601, -71.0589)) == 306


def test_large_table_filter_is_fast(client: httpx.Client) -> None:
    import time

    batch = {"items": [order_body(price=f"{n % 50}.00") for n in range(100)]}
    for _ in range(10):
        data(client.post(f"{ORDERS}/batch", json=batch))
    start = time.perf_counter()
    page = data(
        client.get(
            ORDERS,
            params={"filter": '[["total_amount", "between", [10, 12]], ["status", "eq", "pending"]]', "limit": 5},
        )
    )
    assert page["total"] == 60
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (["created_at", "gte", 99999999999999999999], "created_at: expected an RFC 3339 date-time"),
        (["created_at", "lt", "garbage"], "created_at: expected an RFC 3339 date-time"),
        (["created_at", "in", ["2026-01-01T00:00:00Z", 5]], "created_at: expected an RFC 3339 date-time"),
        (["updated_at", "between", ["yesterday", "2026-01-01T00:00:00Z"]], "updated_at: expected an RFC 3339"),
        (["total_amount", "gte", 99999999999999999999999], "total_amount: expected a finite number"),
        (["total_amount", "lt", "abc"], "total_amount: expected a finite number"),
        (["total_amount", "gte", "abc"], "total_amount: expected a finite number"),
        (["total_amount", "lt", "1e400"], "total_amount: expected a finite number"),
        (["total_amount", "eq", "1_000"], "total_amount: expected a finite number"),
        (["total_amount", "between", [1, True]], "total_amount: expected a finite number"),
        (["version", "gt", 10**30], "version: expected a finite number"),
        (["status", "eq", "nope"], "status: expected one of cancelled, confirmed, delivered"),
        (["status", "in", ["pending", "nope"]], "status: expected one of"),
        (["notes", "eq", 10**30], "notes: expected a finite number within range"),
    ],
)
def test_filter_values_of_the_wrong_type_are_400_naming_the_field(
    client: httpx.Client, condition: list[object], expected: str
) -> None:
    data(client.post(ORDERS, json=order_body()), 201)
    resp = client.get(ORDERS, params={"filter": json.dumps([condition])})
    assert resp.status_code == 400, resp.text
    assert resp.json()["message"] == "invalid filter"
    assert expected in resp.json()["details"]


def test_filter_values_in_the_forms_the_sdk_sends_still_match(
    client: httpx.Client, orders: list[dict[str, object]]
) -> None:
    first = str(orders[0]["created_at"])
    assert q(client, filter=[["total_amount", "gte", "20"], ["total_amount", "lt", "40.00"]]) == [
        "Boston",
        "Los Angeles",
    ]
    assert q(client, filter=[["total_amount", "lt", "+1e1"]]) == []
    assert q(client, filter=[["created_at", "gt", first]]) == ["Boston", "Los Angeles", "Nowhere"]
    assert q(client, filter=[["status", "in", ["confirmed", "cancelled"]]]) == ["New York"]
    assert len(q(client, filter=[["version", "gte", -(2**63)]])) == 4
