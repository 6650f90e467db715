"""The metrics store on SQLite and on a real PostgreSQL server: bundled load, uploads, undo, the ask log.

The PostgreSQL server is started here, once per session, with the Debian
``postgresql-15`` binaries (``initdb`` + ``pg_ctl``) in a temporary folder on a
free port.  PostgreSQL refuses to run as root, so under root (CI) the cluster
belongs to the ``postgres`` system user and commands run through ``runuser``.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, func, insert, select, text

from bench.processes import free_port
from tandem.core.settings import REPO_ROOT, Settings, load_settings
from tandem.db.core import get_engine, table_names
from tandem.db.schema import ask_log, metric_uploads, monthly_records, pilot_metrics
from tandem.metrics import store
from tandem.metrics.questions import NO_SKILL, question_topics, questions_overview
from tandem.metrics.store import (
    UploadRejected,
    check_upload,
    load_bundled,
    monthly_records_frame,
    pilot_metrics_frame,
    save_upload,
    undo_upload,
    upload_history,
    upload_status,
)


def _pg_bin() -> Path:
    """TANDEM_PG_BIN, else the newest Debian server under /usr/lib/postgresql/<major>/bin (15 on these machines)."""
    if os.environ.get("TANDEM_PG_BIN"):
        return Path(os.environ["TANDEM_PG_BIN"])
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0
    )
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = _pg_bin()
BUNDLED = REPO_ROOT / "knowledge" / "metrics"
TODAY = date(2025, 8, 15)
HEADER = "日期,社区,团队,活动类型,参与人数,志愿服务时长（小时）,上报案件数,办结案件数"
JULY = [
    "2025-07-01,八棵杨社区,有劲小哥,随手拍隐患,15,42.5,11,10",
    "2025-07-01,八棵杨社区,银龄志愿队,入户探访,8,20,3,2",
    "2025-07-01,开阳里第四社区,凉小鸭,助老服务,30,90,6,6",
]


def csv_bytes(*rows: str) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode()


# ---- a real PostgreSQL server ----------------------------------------------------------------
class PostgresServer:
    """A throw-away PostgreSQL cluster; ``new_database`` gives each test its own database."""

    def __init__(self) -> None:
        for tool in ("initdb", "pg_ctl"):
            assert (PG_BIN / tool).exists(), (
                f"{PG_BIN / tool} missing: install the Debian package 'postgresql' (make system-deps)"
            )
        self.as_root = os.geteuid() == 0
        if self.as_root:
            try:
                self.owner = pwd.getpwnam("postgres")
            except KeyError:  # pragma: no cover - the Debian package creates it
                pytest.fail("running as root but there is no 'postgres' system user to own the test cluster")
        self.base = Path(tempfile.mkdtemp(prefix="tandem-pg-"))
        self.data = self.base / "data"
        self.port = free_port()
        if self.as_root:
            os.chown(self.base, self.owner.pw_uid, self.owner.pw_gid)
        self._run(
            [
                str(PG_BIN / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ]
        )
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        self._run(
            [
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.base / "server.log"),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
        self.admin = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")

    def _run(self, args: list[str]) -> None:
        command = ["runuser", "-u", "postgres", "--", *args] if self.as_root else args
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode:
            log = self.base / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}\n{tail}")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        return name

    def drop_database(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def stop(self) -> None:
        self.admin.dispose()
        try:
            self._run([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"])
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, settings: Settings) -> Iterator[Engine]:
    """The project database through ``tandem.db.core.get_engine``: SQLite in the data dir, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield get_engine(settings)
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.new_database()
    pg_settings = load_settings(database_url=server.url(name))
    engine = get_engine(pg_settings)
    assert engine.dialect.name == "postgresql"
    try:
        yield engine
    finally:
        engine.dispose()
        server.drop_database(name)


def count(engine: Engine, table) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


# ---- schema and bundled figures ------------------------------------------------------------
def test_schema_has_every_table(engine: Engine) -> None:
    names = set(table_names(engine))
    assert {"pilot_metrics", "metric_uploads", "monthly_records", "ask_log", "course_plans"} <= names
    get_engine(load_settings(database_url=str(engine.url.render_as_string(hide_password=False))))  # idempotent


def test_bundled_csv_loads_once(engine: Engine) -> None:
    first = load_bundled(engine, BUNDLED)
    assert first.inserted == 29 and not first.problems
    ids = list(pilot_metrics_frame(engine)["id"])
    second = load_bundled(engine, BUNDLED)
    assert (second.inserted, second.updated, second.deleted, second.unchanged) == (0, 0, 0, 29)
    frame = pilot_metrics_frame(engine)
    assert list(frame["id"]) == ids and len(frame) == 29
    row = frame[frame["metric"] == "接诉即办案件数量降幅"].iloc[0]
    assert (row["value"], row["unit"], row["quote"]) == (51.0, "%", "降幅达到51%")
    assert row["source"] == "knowledge/cases/bakeyang-courier-volunteers.md"


def test_bundled_csv_changes_are_mirrored(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "metrics"
    folder.mkdir()
    lines = (BUNDLED / "pilot_metrics.csv").read_text(encoding="utf-8").splitlines()
    (folder / "pilot_metrics.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    load_bundled(engine, folder)
    before = pilot_metrics_frame(engine).set_index("metric")["id"]
    changed = [line.replace(",51,%,", ",52,%,") for line in lines[:-1]]  # one value edited, last row removed
    changed.append("北京市,,融合试点,坏数字,很多,名,2025,x.md,很多")  # a bad row is skipped with a message
    (folder / "pilot_metrics.csv").write_text("\n".join(changed) + "\n", encoding="utf-8")
    summary = load_bundled(engine, folder)
    assert (summary.inserted, summary.updated, summary.deleted, summary.unchanged) == (0, 1, 1, 27)
    assert len(summary.problems) == 1 and "不是数字" in summary.problems[0]
    after = pilot_metrics_frame(engine).set_index("metric")
    assert after.loc["接诉即办案件数量降幅", "value"] == 52
    assert after.loc["接诉即办案件数量降幅", "id"] == before["接诉即办案件数量降幅"]  # same figure, same id
    assert len(after) == 28


# ---- uploads -----------------------------------------------------------------------------------
def test_check_upload_writes_nothing(engine: Engine) -> None:
    report = check_upload(engine, "july.csv", csv_bytes(*JULY), today=TODAY)
    assert report.ok and len(report.records) == 3
    assert count(engine, monthly_records) == 0 and count(engine, metric_uploads) == 0


def test_a_file_with_one_bad_row_writes_nothing(engine: Engine) -> None:
    bad = [*JULY[:2], "2025-07-01,开阳里第四社区,凉小鸭,助老服务,三十,90,6,6"]
    with pytest.raises(UploadRejected) as caught:
        save_upload(engine, "july.csv", csv_bytes(*bad), today=TODAY)
    assert [(i.row, i.column) for i in caught.value.report.errors] == [(4, "参与人数")]
    assert "第4行" in str(caught.value)
    assert count(engine, monthly_records) == 0 and count(engine, metric_uploads) == 0


def test_corrected_file_is_written_then_undone(engine: Engine) -> None:
    saved = save_upload(engine, "july.csv", csv_bytes(*JULY), today=TODAY)
    assert saved.n_rows == 3 and count(engine, monthly_records) == 3
    frame = monthly_records_frame(engine)
    assert set(frame["upload_id"]) == {saved.upload_id}
    assert frame["volunteer_hours"].sum() == pytest.approx(152.5)
    assert frame["record_date"].iloc[0] == datetime(2025, 7, 1) and frame["month"].iloc[0] == datetime(2025, 7, 1)

    history = upload_history(engine)
    assert list(history["id"]) == [saved.upload_id]
    assert history.iloc[0]["status"] == "active" and history.iloc[0]["stored"] == 3
    assert history.iloc[0]["filename"] == "july.csv" and history.iloc[0]["n_rows"] == 3
    assert (
        abs((history.iloc[0]["uploaded_at"] - datetime.now(UTC).replace(tzinfo=None)).total_seconds() - 8 * 3600) < 600
    )

    # the same rows again are duplicates of the stored upload
    with pytest.raises(UploadRejected) as caught:
        save_upload(engine, "july-again.csv", csv_bytes(*JULY), today=TODAY)
    assert f"上传 #{saved.upload_id}" in caught.value.report.errors[0].message
    assert count(engine, metric_uploads) == 1

    august = save_upload(engine, "aug.csv", csv_bytes(JULY[0].replace("2025-07", "2025-08")), today=TODAY)
    assert count(engine, monthly_records) == 4

    assert undo_upload(engine, saved.upload_id) == 3
    assert count(engine, monthly_records) == 1 and upload_status(engine, saved.upload_id) == "undone"
    history = upload_history(engine).set_index("id")
    assert history.loc[saved.upload_id, "status"] == "undone" and history.loc[saved.upload_id, "stored"] == 0
    assert not history.loc[saved.upload_id, ["undone_at"]].isna().any()
    assert history.loc[august.upload_id, "status"] == "active"
    with pytest.raises(ValueError, match="已经撤销"):
        undo_upload(engine, saved.upload_id)
    with pytest.raises(ValueError, match="没有编号"):
        undo_upload(engine, 999)
    # after the undo the same file can be uploaded again
    assert save_upload(engine, "july.csv", csv_bytes(*JULY), today=TODAY).n_rows == 3


def test_insert_is_all_or_nothing_when_the_database_refuses_a_row(engine: Engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A concurrent upload stored one of the rows between check and insert: the whole upload rolls back."""
    save_upload(engine, "first.csv", csv_bytes(JULY[2]), today=TODAY)
    monkeypatch.setattr(store, "existing_keys", lambda conn: {})  # validation cannot see the stored row
    with pytest.raises(UploadRejected) as caught:
        save_upload(engine, "race.csv", csv_bytes(*JULY), today=TODAY)
    assert "没有写入任何数据" in caught.value.report.errors[0].message
    assert count(engine, monthly_records) == 1 and count(engine, metric_uploads) == 1


# ---- the ask log -------------------------------------------------------------------------------
def test_questions_overview_from_the_ask_log(engine: Engine) -> None:
    assert questions_overview(engine).total == 0
    rows = [
        # 2025-07-06 17:30 UTC is Monday 2025-07-07 01:30 in Beijing: a new week
        (datetime(2025, 7, 6, 17, 30, tzinfo=UTC), "独居老人不开门怎么办？", "同频陪伴", None, 0),
        (datetime(2025, 7, 4, 2, 0, tzinfo=UTC), "独居老人拒绝探访怎么沟通？", "同频陪伴", -1, 0),
        (datetime(2025, 7, 8, 2, 0, tzinfo=UTC), "居民情绪激动骂人，我该怎么回应？", "倾听与共情", 1, 0),
        (datetime(2025, 7, 9, 2, 0, tzinfo=UTC), "今天股票涨了吗", "", None, 1),
    ]
    with engine.begin() as conn:
        for asked_at, question, skill, rating, refused in rows:
            conn.execute(
                insert(ask_log).values(
                    asked_at=asked_at,
                    question=question,
                    query=question,
                    answer="回答：" + question * 3,
                    skill=skill,
                    rating=rating,
                    comment="步骤太笼统" if rating == -1 else None,
                    refused=refused,
                )
            )
    overview = questions_overview(engine)
    assert overview.total == 4 and overview.weeks == 2 and overview.thumbs_down_count == 1
    weeks = sorted(overview.topics_by_week["week"].unique())
    assert [w.date() for w in weeks] == [date(2025, 6, 30), date(2025, 7, 7)]
    assert "独居老人" in question_topics("独居老人不开门怎么办？")
    top = overview.topics.set_index("topic")
    assert top.loc["独居老人", "count"] == 2
    skills = overview.skills.set_index("skill")
    assert skills.loc["同频陪伴", "count"] == 2 and skills.loc["同频陪伴", "thumbs_down"] == 1
    assert skills.loc[NO_SKILL, "count"] == 1
    assert list(overview.thumbs_down["问题"]) == ["独居老人拒绝探访怎么沟通？"]
    assert overview.thumbs_down.iloc[0]["意见"] == "步骤太笼统"
    assert overview.thumbs_down.iloc[0]["时间"] == "2025-07-04 10:00"  # Beijing time
    assert list(overview.unanswered["问题"]) == ["今天股票涨了吗"]


def test_database_url_setting_selects_postgresql(postgres_server: PostgresServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    name = postgres_server.new_database()
    monkeypatch.setenv("TANDEM_DATABASE_URL", postgres_server.url(name))
    try:
        engine = get_engine(load_settings())
        assert engine.dialect.name == "postgresql"
        assert load_bundled(engine, BUNDLED).inserted == 29
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(pilot_metrics)).scalar_one() == 29
        engine.dispose()
    finally:
        postgres_server.drop_database(name)
