"""Receive Stateset webhooks in a web framework with one line.

Each submodule imports its framework only when used and needs only the
public ``stateset.webhooks`` API:

* ``stateset.webhooks.adapters.starlette``: Starlette and FastAPI (async);
* ``stateset.webhooks.adapters.flask``: Flask;
* ``stateset.webhooks.adapters.django``: Django (CSRF-exempt view).

All answer the same way: 200 when the delivery was handled, was a duplicate,
or had no handler; 409 while another worker processes the same message; 400
(with no detail) when it is not authentic or not fresh; 500 when a handler
failed or an authentic payload could not be read, so that the sender retries.
"""
