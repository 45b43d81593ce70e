"""Expert directory use cases: experts, their accreditations, their missions; administrations
and programmes that missions and experts point at."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..domain.errors import FieldProblem, NotFoundError, ValidationError
from ..domain.problem_texts import problem, say
from ..domain.vocabulary import AccreditationStatus
from ..storage.models import Accreditation, Administration, Expert, Mission, Programme, TeamMember
from .dto import (
    AccreditationInput,
    AccreditationView,
    AdministrationView,
    ExpertBooking,
    ExpertInput,
    ExpertView,
    ProgrammeView,
)
from .names import programme_label, spaced
from .reference import ReferenceCatalog
from .store import Store

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")  # ISO 639-1 / 639-2


class ExpertService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, expert_id: str) -> ExpertView:
        with self.store.sessions() as session:
            return _view(self._load(session, expert_id, with_deleted=True))

    def find_by_name(self, name: str) -> ExpertView | None:
        with self.store.sessions() as session:
            expert = find_expert_by_name(session, name)
            return _view(expert) if expert else None

    def create(self, data: ExpertInput) -> ExpertView:
        with self.store.session() as session:
            expert = self.create_in(session, data)
        return self.get(expert.id)

    def create_in(self, session: Session, data: ExpertInput,
                  expert_id: str | None = None) -> Expert:
        self._validate(session, data, None)
        expert = Expert(id=expert_id) if expert_id else Expert()
        _apply(expert, data)
        session.add(expert)
        session.flush()
        if data.accreditations is not None:
            _set_accreditations(session, expert, data.accreditations)
        return expert

    def update(self, expert_id: str, data: ExpertInput) -> ExpertView:
        with self.store.session() as session:
            expert = self._load(session, expert_id)
            self._validate(session, data, expert)
            _apply(expert, data)
            if data.accreditations is not None:
                _set_accreditations(session, expert, data.accreditations)
        return self.get(expert_id)

    def trash(self, expert_id: str) -> None:
        with self.store.session() as session:
            self._load(session, expert_id).deleted = True

    def restore(self, expert_id: str) -> None:
        with self.store.session() as session:
            self._load(session, expert_id, with_deleted=True).deleted = False

    def missions_of(self, expert_id: str) -> list[ExpertBooking]:
        with self.store.sessions() as session:
            rows = session.execute(
                select(Mission.id, Mission.code, Mission.title, TeamMember.role,
                       Mission.status_code, Mission.start_date, Mission.end_date)
                .join(TeamMember, TeamMember.mission_id == Mission.id)
                .where(TeamMember.expert_id == expert_id, TeamMember.deleted.is_(False),
                       Mission.deleted.is_(False))
                .order_by(Mission.start_date.desc().nulls_last())
            ).all()
        return [ExpertBooking(*r) for r in rows]

    def _load(self, session: Session, expert_id: str, with_deleted: bool = False) -> Expert:
        expert = session.get(Expert, expert_id)
        if expert is None or (expert.deleted and not with_deleted):
            raise NotFoundError(say("expert_gone"))
        return expert

    def _validate(self, session: Session, data: ExpertInput, existing: Expert | None) -> None:
        catalog = ReferenceCatalog.for_store(self.store)
        problems: list[FieldProblem] = []
        if not data.name.strip():
            problems.append(problem("name", "name_required"))
        if data.email.strip() and "@" not in data.email:
            problems.append(problem("email", "not_email", value=data.email))
        if data.home_country_iso2 and data.home_country_iso2 not in catalog.country_by_iso2:
            problems.append(
                problem("home_country", "unknown_country", value=data.home_country_iso2)
            )
        unknown = [lang for lang in data.languages if not LANGUAGE_CODE.match(lang)]
        if unknown:
            problems.append(problem("languages", "language_codes", value=", ".join(unknown)))
        for acc in data.accreditations or []:
            if acc.category_code not in catalog.codes("accreditation_categories"):
                problems.append(
                    problem("accreditation", "unknown_category", value=acc.category_code)
                )
            if acc.status not in {s.value for s in AccreditationStatus}:
                problems.append(problem("accreditation", "unknown_status", value=acc.status))
            if acc.accredited_on and acc.accredited_on > date.today():
                problems.append(
                    problem("accreditation", "accreditation_in_future")
                )
        same = find_expert_by_name(session, data.name)
        if same is not None and (existing is None or same.id != existing.id):
            problems.append(problem("name", "expert_exists", name=data.name))
        if problems:
            raise ValidationError(problems)

    # --- administrations and programmes ------------------------------------------------------

    def administrations(self, country_iso2: str | None = None) -> list[AdministrationView]:
        with self.store.sessions() as session:
            query = select(Administration).where(Administration.deleted.is_(False))
            if country_iso2:
                query = query.where(Administration.country_iso2 == country_iso2)
            return [
                AdministrationView(a.id, a.country_iso2, a.name, a.acronym)
                for a in session.scalars(query.order_by(Administration.name))
            ]

    def create_administration(self, country_iso2: str, name: str,
                              acronym: str = "") -> AdministrationView:
        catalog = ReferenceCatalog.for_store(self.store)
        problems = []
        if country_iso2 not in catalog.country_by_iso2:
            problems.append(problem("country", "unknown_country", value=country_iso2))
        if not name.strip():
            problems.append(problem("name", "administration_needs_name"))
        if problems:
            raise ValidationError(problems)
        with self.store.session() as session:
            row = Administration(country_iso2=country_iso2, name=name.strip(),
                                 acronym=acronym.strip())
            session.add(row)
            session.flush()
            return AdministrationView(row.id, row.country_iso2, row.name, row.acronym)

    def programmes(self) -> list[ProgrammeView]:
        """Live programmes named in the store's language, in the order of those names."""
        lang = self.store.language
        with self.store.sessions() as session:
            found = [
                ProgrammeView(p.id, p.code, p.name, p.donor,
                              programme_label(p.code, p.name, lang))
                for p in session.scalars(select(Programme).where(Programme.deleted.is_(False)))
            ]
        return sorted(found, key=lambda p: spaced(p.label))

    # Last in the class body so that annotations above still mean the built-in list.
    def list(
        self, text: str = "", category: str | None = None, language: str | None = None,
        trash: bool = False,
    ) -> list[ExpertView]:
        with self.store.sessions() as session:
            query = (
                select(Expert)
                .options(selectinload(Expert.accreditations))
                .where(Expert.deleted.is_(trash))
                .order_by(func.lower(Expert.name))
            )
            if text.strip():
                query = query.where(func.lower(Expert.name).like(f"%{text.strip().lower()}%"))
            experts = [_view(e) for e in session.scalars(query)]
        if category:
            experts = [e for e in experts
                       if any(a.category_code == category for a in e.accreditations)]
        if language:
            experts = [e for e in experts if language in e.languages]
        return experts



def find_expert_by_name(session: Session, name: str) -> Expert | None:
    return session.scalar(
        select(Expert).where(func.lower(Expert.name) == name.strip().lower(),
                             Expert.deleted.is_(False))
    )


def _apply(expert: Expert, data: ExpertInput) -> None:
    expert.name = data.name.strip()
    expert.email = data.email.strip()
    expert.home_country_iso2 = data.home_country_iso2 or None
    expert.home_administration_id = data.home_administration_id or None
    expert.languages = list(dict.fromkeys(data.languages))
    expert.notes = data.notes


def _set_accreditations(
    session: Session, expert: Expert, wanted: list[AccreditationInput]
) -> None:
    current = {a.category_code: a for a in expert.accreditations}
    for acc in wanted:
        row = current.get(acc.category_code)
        if row is None:
            row = Accreditation(expert_id=expert.id, category_code=acc.category_code,
                                status=acc.status)
            session.add(row)
            expert.accreditations.append(row)
        row.deleted = False
        row.status = acc.status
        row.accredited_on = acc.accredited_on
        row.ace_id = acc.ace_id
    names = {a.category_code for a in wanted}
    for code, row in current.items():
        if code not in names:
            row.deleted = True
    session.flush()


def _view(expert: Expert) -> ExpertView:
    return ExpertView(
        id=expert.id, name=expert.name, email=expert.email,
        home_country_iso2=expert.home_country_iso2,
        home_administration_id=expert.home_administration_id,
        languages=list(expert.languages), notes=expert.notes,
        accreditations=[
            AccreditationView(a.id, a.category_code, a.status, a.accredited_on, a.ace_id)
            for a in expert.accreditations if not a.deleted
        ],
        deleted=expert.deleted,
    )
