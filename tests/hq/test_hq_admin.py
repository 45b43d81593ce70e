"""The HQ service's own schema and its administration command line."""

from __future__ import annotations

import os

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select, text

from mercator_desktop.hq import auth
from mercator_desktop.hq.cli import main
from mercator_desktop.hq.db import VERSION_TABLE, open_database
from mercator_desktop.hq.models import HQBase, Token, User

PG_ENV = "MERCATOR_TEST_PG_URL"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not os.environ.get(PG_ENV), reason=f"set {PG_ENV} to run against PostgreSQL"))])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hq.sqlite'}"
    url = os.environ[PG_ENV]
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


def test_migrations_at_head_match_the_models(db_url):
    engine, _ = open_database(db_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "version_table": VERSION_TABLE})
        assert context.get_current_revision() is not None
        assert compare_metadata(context, HQBase.metadata) == []
    open_database(db_url)[0].dispose()  # a second start changes nothing
    engine.dispose()


def test_users_add_list_disable_link(db_url, monkeypatch, capsys):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("first password\n"))
    assert main(["--db", db_url, "users", "add", "ana", "--role", "expert",
                 "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("second\n"))
    assert main(["--db", db_url, "users", "add", "ana", "--role", "hq",
                 "--password-stdin"]) == 2
    assert "exists already" in capsys.readouterr().err
    assert main(["--db", db_url, "users", "link", "ana",
                 "33333333-3333-4333-8333-333333333333"]) == 0
    assert main(["--db", db_url, "users", "disable", "ana"]) == 0
    assert main(["--db", db_url, "users", "disable", "nobody"]) == 2
    capsys.readouterr()
    assert main(["--db", db_url, "users", "list"]) == 0
    assert capsys.readouterr().out.split() == [
        "ana", "expert", "disabled", "33333333-3333-4333-8333-333333333333"]


def test_passwords_and_tokens_are_stored_only_as_hashes(db_url):
    engine, sessions = open_database(db_url)
    with sessions.begin() as session:
        user = auth.add_user(session, "ben", "expert", "correct horse")
        token, _ = auth.open_session(session, user, "device-1")
    with sessions.begin() as session:
        stored = session.scalar(select(User.password_hash).where(User.name == "ben"))
        assert stored.startswith("$argon2id$") and "correct horse" not in stored
        assert session.scalar(select(Token.token_hash)) == auth.hash_token(token)
        assert auth.check_password(session, "ben", "correct horse") is not None
        assert auth.check_password(session, "ben", "wrong") is None
        assert auth.check_password(session, "nobody", "correct horse") is None
        principal = auth.principal_for(session, token)
        assert principal is not None and principal.name == "ben"
        auth.revoke(session, principal.token_id)
    with sessions.begin() as session:
        assert auth.principal_for(session, token) is None
    engine.dispose()


def test_bad_usage_is_refused(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["users", "add", "x", "--role", "admin"])
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
