"""Contracts over real HTTP against the fake server, with the list's top-level pagination."""

from __future__ import annotations

from webwork_tracker import paginate
from webwork_tracker_api.api.contracts import delete_contract, get_contracts
from webwork_tracker_api.models import (
    ActionResult,
    Contract,
    ContractList,
    ContractScope,
    ContractStatus,
    ContractUserRole,
    Pagination,
)
from webwork_tracker_api.types import UNSET

from tests.fake_server import Scripted
from tests.fake_server.tags.contracts import contract_ids


def test_get_contracts_paginates_every_contract(client, fake_server):
    contracts = list(paginate(get_contracts, client=client, workspace_id=1, per_page=20))

    assert [contract.id for contract in contracts] == contract_ids(fake_server)
    assert all(isinstance(contract, Contract) for contract in contracts)
    assert all(isinstance(contract.user_role, ContractUserRole) for contract in contracts)
    assert [request.param("page") for request in fake_server.requests] == ["1", "2", "3"]


def test_get_contracts_pagination_is_top_level(client):
    response = get_contracts.sync_detailed(client=client, workspace_id=1, per_page=20)

    assert isinstance(response.parsed, ContractList)
    assert isinstance(response.parsed.pagination, Pagination)
    assert response.parsed.pagination.last_page == 3
    assert response.parsed.meta.pagination is UNSET


def test_get_contracts_pages_carry_position(client):
    pages = list(paginate(get_contracts, client=client, workspace_id=1, per_page=25).pages())

    assert [len(page.items) for page in pages] == [25, 25, 2]
    assert pages[0].total == 52
    assert pages[0].last_page == 3


def test_get_contracts_filters_by_status(client, fake_server):
    contracts = list(paginate(get_contracts, client=client, workspace_id=1, status=ContractStatus.PAUSED))

    assert contracts
    assert all(contract.status == "paused" for contract in contracts)
    assert fake_server.requests[0].param("status") == "paused"


def test_delete_contract_sends_json_body(client, fake_server):
    body = {"success": True, "message": "Contract deleted successfully", "data": None,
            "meta": {"api_version": "2.0.0", "timestamp": "2024-01-15T10:30:00Z"}}
    fake_server.script(Scripted(json=body), method="DELETE", path="/contracts/300")

    result = delete_contract.sync(300, client=client, body=ContractScope(workspace_id=1))

    assert isinstance(result, ActionResult)
    assert fake_server.requests[-1].method == "DELETE"
    assert fake_server.requests[-1].json() == {"workspace_id": 1}
