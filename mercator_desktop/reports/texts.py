"""Fixed texts of the reports in the WCO's two official languages (Spanish and Arabic in
``texts_es.py`` and ``texts_ar.py``), and date and number formatting.

Labels of reference data (countries, mission types, factors …) and of checklist templates
(section titles, scale points) come from their own data files in the report language; only
the report's own words live here.
"""

from __future__ import annotations

from datetime import date

from . import texts_ar, texts_es

LANGUAGES = ("en", "fr", "es", "ar")  # Spanish and Arabic words live in their own modules
RTL_LANGUAGES = frozenset({"ar"})  # reports in these languages read right to left


def is_rtl(lang: str) -> bool:
    return lang in RTL_LANGUAGES

_TEXTS: dict[str, tuple[str, str]] = {
    # --- cover and running texts --------------------------------------------------------
    "wco": ("World Customs Organization", "Organisation mondiale des douanes"),
    "wco_unit": ("Capacity Building", "Renforcement des capacités"),
    "mission_report": ("Mission report", "Rapport de mission"),
    "confidential": (
        "RESTRICTED — for the beneficiary administration and the WCO only",
        "DIFFUSION RESTREINTE — réservé à l'administration bénéficiaire et à l'OMD",
    ),
    "confidential_short": ("Restricted", "Diffusion restreinte"),
    "draft": ("DRAFT", "PROJET"),
    "page_of": ("Page {page} of {total}", "Page {page} sur {total}"),
    "contents": ("Contents", "Table des matières"),
    "beneficiary": ("Beneficiary administration", "Administration bénéficiaire"),
    "country": ("Country", "Pays"),
    "region": ("WCO region", "Région de l'OMD"),
    "dates": ("Dates", "Dates"),
    "location": ("Location", "Lieu"),
    "remote": ("remote (virtual)", "à distance (virtuel)"),
    "mission_type": ("Mission type", "Type de mission"),
    "programme": ("Programme / donor", "Programme / donateur"),
    "team": ("Team", "Équipe"),
    "request": ("Request", "Demande"),
    "request_of": ("{ref} of {date}", "{ref} du {date}"),
    "mission_code": ("Mission code", "Code de la mission"),
    "issued": ("Date of issue", "Date d'émission"),
    "version": ("Report version", "Version du rapport"),
    # the cover's version line: an issued report names its version and date of issue; an
    # export that was not issued says so
    "version_issued": ("Version {version} · {status} · issued {date}",
                       "Version {version} · {status} · émise le {date}"),
    "version_unissued": ("{status} · not an issued version", "{status} · version non émise"),
    "status_draft": ("Draft", "Projet"),
    "status_final": ("Final", "Définitive"),
    "not_given": ("not given", "non précisé"),
    "none": ("None.", "Aucun."),
    # --- section headings -----------------------------------------------------------------
    "h_background": ("Background and objectives", "Contexte et objectifs"),
    "h_team": ("Mission team", "Équipe de la mission"),
    "h_agenda": ("Agenda and programme of work", "Ordre du jour et programme de travail"),
    "h_methodology": ("Methodology", "Méthodologie"),
    "h_results": ("Results of the assessments", "Résultats des évaluations"),
    "h_findings": ("Findings", "Constats"),
    "h_recommendations": ("Recommendations", "Recommandations"),
    "h_action_plan": ("Action plan", "Plan d'action"),
    "h_annexes": ("Annexes", "Annexes"),
    "h_annex_answers": ("Annex {n}: Answers to the assessments",
                        "Annexe {n} : Réponses aux évaluations"),
    "h_annex_participants": ("Annex {n}: Participants", "Annexe {n} : Participants"),
    "h_annex_history": ("Annex {n}: Summary of the answer history",
                        "Annexe {n} : Synthèse de l'historique des réponses"),
    # --- section 1 ---------------------------------------------------------------------------
    "objectives": ("Objectives", "Objectifs"),
    "no_objectives": ("No objectives were recorded for this mission.",
                      "Aucun objectif n'a été enregistré pour cette mission."),
    "background_text": (
        "At the request of {admin} ({country}), the World Customs Organization (WCO) delivered "
        "the following activity {when}: {type}.",
        "À la demande de {admin} ({country}), l'Organisation mondiale des douanes (OMD) a "
        "réalisé l'activité suivante {when} : {type}.",
    ),
    "when_range": ("from {start} to {end}", "du {start} au {end}"),
    "when_unknown": ("(dates to be confirmed)", "(dates à confirmer)"),
    "the_administration": ("the Customs administration", "l'administration des douanes"),
    "links": ("Linked WCO instruments", "Instruments de l'OMD concernés"),
    "link_tfa": ("WTO Trade Facilitation Agreement articles",
                 "Articles de l'Accord de l'OMC sur la facilitation des échanges"),
    "link_arusha": ("Revised Arusha Declaration key factors",
                    "Facteurs clés de la Déclaration d'Arusha révisée"),
    "link_geoat": ("GEOAT principles", "Principes du GEOAT"),
    "no_links": ("No instrument was linked to this mission.",
                 "Aucun instrument n'a été associé à cette mission."),
    "tfa_article": ("Article {code}", "Article {code}"),
    "tfa_short": ("Art. {code}", "Art. {code}"),
    "rad_short": ("RAD {n}", "DAR {n}"),
    # --- section 2 ---------------------------------------------------------------------------
    "name": ("Name", "Nom"),
    "role": ("Role", "Rôle"),
    "home": ("Home administration / country", "Administration / pays d'origine"),
    "accreditation": ("Accreditation", "Accréditation"),
    "role_lead": ("Lead expert", "Expert principal"),
    "role_co_facilitator": ("Co-facilitator", "Co-animateur"),
    "role_wco_staff": ("WCO Secretariat", "Secrétariat de l'OMD"),
    "role_observer": ("Observer", "Observateur"),
    "no_team": ("No team was recorded.", "Aucune équipe n'a été enregistrée."),
    # --- section 3 ---------------------------------------------------------------------------
    "day": ("Day", "Jour"),
    "time": ("Time", "Heure"),
    "activity": ("Activity", "Activité"),
    "counterparts": ("Counterparts", "Interlocuteurs"),
    "no_agenda": ("No agenda was recorded.", "Aucun ordre du jour n'a été enregistré."),
    # --- section 4 ---------------------------------------------------------------------------
    "method_intro": (
        "The mission combined meetings with the units of the administration and other "
        "stakeholders, site visits and workshops. The table counts the sessions of the agenda "
        "by kind.",
        "La mission a combiné des réunions avec les services de l'administration et d'autres "
        "parties prenantes, des visites de terrain et des ateliers. Le tableau compte les "
        "séances de l'ordre du jour par nature.",
    ),
    "kind": ("Kind of session", "Nature de la séance"),
    "sessions": ("Sessions", "Séances"),
    "kind_meeting": ("Meetings", "Réunions"),
    "kind_site_visit": ("Site visits", "Visites de terrain"),
    "kind_workshop": ("Workshop sessions", "Séances d'atelier"),
    "participants": ("Participants", "Participants"),
    "women": ("Women", "Femmes"),
    "men": ("Men", "Hommes"),
    "total": ("Total", "Total"),
    "participants_unknown": ("Participants were not counted.",
                             "Les participants n'ont pas été comptés."),
    "units_met": ("Units and stakeholders met", "Services et parties prenantes rencontrés"),
    "instruments_used": ("Assessment instruments used", "Instruments d'évaluation utilisés"),
    # --- section 5 ---------------------------------------------------------------------------
    "no_assessments": ("No assessment was recorded for this mission.",
                       "Aucune évaluation n'a été enregistrée pour cette mission."),
    "instrument": ("Instrument", "Instrument"),
    "group": ("Group", "Groupe"),
    "status": ("Status", "Statut"),
    "validated_by": ("validated by {who} on {date}", "validée par {who} le {date}"),
    "a_status_draft": ("Draft", "Brouillon"),
    "a_status_completed": ("Completed", "Terminée"),
    "a_status_validated": ("Validated", "Validée"),
    "section": ("Section", "Section"),
    "questions": ("Questions", "Questions"),
    "answered": ("Answered", "Répondues"),
    "na": ("N/A", "S.O."),
    "unanswered": ("Unanswered", "Sans réponse"),
    "score": ("Score", "Score"),
    "overall": ("Overall", "Ensemble"),
    "score_note": (
        "The score of a section is the share of the maximum points over its answered, rated "
        "questions; questions marked not applicable and unanswered questions are left out. "
        "“–” means nothing in the section was rated.",
        "Le score d'une section est la part du maximum de points sur ses questions notées et "
        "répondues ; les questions sans objet et sans réponse sont exclues. « – » signifie "
        "qu'aucune question de la section n'a été notée.",
    ),
    "chart_radar": ("Profile by section (score, %)", "Profil par section (score, %)"),
    "chart_bars": ("Score by section (%)", "Score par section (%)"),
    "scale": ("Rating scale", "Échelle de notation"),
    "template_missing": (
        "The checklist template {id} {version} is not installed on this computer; its results "
        "cannot be shown.",
        "Le modèle de questionnaire {id} {version} n'est pas installé sur cet ordinateur ; ses "
        "résultats ne peuvent pas être présentés.",
    ),
    "instrument_used": (
        "Questions and scale: {name}, version {version}.",
        "Questions et échelle : {name}, version {version}.",
    ),
    # --- sections 6–8 --------------------------------------------------------------------------
    "area": ("Area", "Domaine"),
    "strengths": ("Strengths", "Points forts"),
    "gaps": ("Gaps", "Lacunes"),
    "general": ("General", "Général"),
    "no_findings": ("No findings were recorded.", "Aucun constat n'a été enregistré."),
    "no_recommendations": ("No recommendations were recorded.",
                           "Aucune recommandation n'a été enregistrée."),
    "no_actions": ("No action plan was recorded.", "Aucun plan d'action n'a été enregistré."),
    "number": ("No.", "N°"),
    "recommendation": ("Recommendation", "Recommandation"),
    "priority": ("Priority", "Priorité"),
    "related_area": ("Related area", "Domaine concerné"),
    "priority_high": ("High", "Haute"),
    "priority_medium": ("Medium", "Moyenne"),
    "priority_low": ("Low", "Basse"),
    "objective": ("Objective", "Objectif"),
    "responsible": ("Responsible unit", "Service responsable"),
    "timeframe": ("Timeframe", "Échéance"),
    "indicator": ("Indicator", "Indicateur"),
    "timeframe_short": ("Short term", "Court terme"),
    "timeframe_medium": ("Medium term", "Moyen terme"),
    "timeframe_long": ("Long term", "Long terme"),
    "by_date": ("by {date}", "d'ici le {date}"),
    "action_not_started": ("Not started", "Non commencé"),
    "action_in_progress": ("In progress", "En cours"),
    "action_done": ("Done", "Réalisé"),
    "action_cancelled": ("Cancelled", "Annulé"),
    "progress_on": ("{percent} on {date}", "{percent} au {date}"),
    "progress_date": ("as of {date}", "au {date}"),
    "for_rec": ("for {ref}", "pour {ref}"),
    # --- annexes ----------------------------------------------------------------------------------
    "question": ("Question", "Question"),
    "answer": ("Answer", "Réponse"),
    "notes_evidence": ("Notes and evidence", "Notes et preuves"),
    "evidence": ("Evidence", "Preuves"),
    "evidence_not_here": ("{name} (file not on this computer yet)",
                          "{name} (fichier pas encore sur cet ordinateur)"),
    "not_answered": ("not answered", "sans réponse"),
    "yes": ("Yes", "Oui"),
    "partly": ("Partly", "En partie"),
    "no": ("No", "Non"),
    "not_applicable": ("Not applicable", "Sans objet"),
    "counterparts_intro": ("Counterparts of the beneficiary administration",
                           "Interlocuteurs de l'administration bénéficiaire"),
    "unit": ("Unit", "Service"),
    "no_counterparts": ("No counterparts were recorded.",
                        "Aucun interlocuteur n'a été enregistré."),
    "history_intro": (
        "Every answer keeps its history: who changed it, when, from what to what and, for "
        "corrections, why. This annex summarises it; the full trail stays in the mission "
        "record.",
        "Chaque réponse conserve son historique : qui l'a modifiée, quand, de quoi à quoi et, "
        "pour les corrections, pourquoi. Cette annexe en donne la synthèse ; l'historique "
        "complet reste dans le dossier de la mission.",
    ),
    "changes": ("Recorded changes", "Modifications enregistrées"),
    "answers_changed": ("Answers changed after their first entry",
                        "Réponses modifiées après leur première saisie"),
    "recorded_by": ("Recorded by", "Saisies par"),
    "period": ("Period", "Période"),
    "events": ("Steps of the assessment", "Étapes de l'évaluation"),
    "corrections": ("Corrections with a reason", "Corrections motivées"),
    "when": ("When", "Quand"),
    "who": ("Who", "Qui"),
    "change": ("Change", "Modification"),
    "reason": ("Reason", "Motif"),
    "and_more": ("… and {n} more", "… et {n} de plus"),
    "no_history": ("No change was recorded.", "Aucune modification n'a été enregistrée."),
    "event_started": ("Started", "Commencée"),
    "event_completed": ("Completed", "Terminée"),
    "event_validated": ("Validated", "Validée"),
    "event_reopened": ("Reopened", "Rouverte"),
    "event_back_to_draft": ("Back to draft", "Retour au brouillon"),
    "event_migrated": ("Moved to a newer template version",
                       "Passée à une version plus récente du modèle"),
    # --- progress report ---------------------------------------------------------------------
    "progress_title": ("Capacity Building Progress Report",
                       "Rapport d'avancement du renforcement des capacités"),
    "period_line": ("Reporting period: {start} to {end}", "Période : du {start} au {end}"),
    "since_line": ("Missions since {date}", "Missions depuis le {date}"),
    "generated_on": ("Produced on {date} with Mercator Desktop",
                     "Produit le {date} avec Mercator Desktop"),
    "part1": ("Part I — Activities in the reporting period",
              "Partie I — Activités de la période"),
    "part1_topic": ("I.1 Activities by topic", "I.1 Activités par thème"),
    "part1_country": ("I.2 Activities by country", "I.2 Activités par pays"),
    "part2": ("Part II — Missions per region and per country since {date}",
              "Partie II — Missions par région et par pays depuis le {date}"),
    "part2_matrix": ("II.1 Missions by region, country and WCO year",
                     "II.1 Missions par région, pays et année de l'OMD"),
    "part2_charts": ("II.2 Missions per region and per topic",
                     "II.2 Missions par région et par thème"),
    "scope_note": (
        "Activities are missions in delivery or later (delivered, reported, in follow-up or "
        "closed) that start in the period; requested, planned and cancelled missions are "
        "not counted. A mission on several topics is listed under each, so topic subtotals may "
        "add up to more than the total.",
        "Les activités sont les missions en cours de réalisation ou au-delà (réalisées, "
        "rapportées, en suivi ou clôturées) qui commencent dans la période ; les "
        "missions demandées, planifiées ou annulées ne sont pas comptées. Une mission portant "
        "sur plusieurs thèmes figure sous chacun d'eux : la somme des sous-totaux par thème "
        "peut dépasser le total.",
    ),
    "summary": ("Summary", "Synthèse"),
    "activities": ("Activities", "Activités"),
    "countries": ("Countries", "Pays"),
    "experts": ("Experts", "Experts"),
    "mode": ("Delivery", "Modalité"),
    "mode_in_country": ("In country", "Sur place"),
    "mode_remote": ("Virtual", "Virtuel"),
    "title": ("Title", "Intitulé"),
    "type": ("Type", "Type"),
    "links_short": ("TFA / RAD", "AFE / DAR"),
    "w_m": ("W / M", "F / H"),
    "subtotal": ("Subtotal", "Sous-total"),
    "subtotal_of": ("Subtotal {label}: {n} activities", "Sous-total {label} : {n} activités"),
    "subtotal_of_one": ("Subtotal {label}: 1 activity", "Sous-total {label} : 1 activité"),
    "no_topic": ("No topic given", "Thème non précisé"),
    "no_activities": ("No activity in the period.", "Aucune activité dans la période."),
    "no_missions_since": ("No mission since the launch date.",
                          "Aucune mission depuis la date de lancement."),
    "total_region": ("Total {region}", "Total {region}"),
    "grand_total": ("All regions", "Toutes régions"),
    "chart_regions": ("Missions per region since {date}", "Missions par région depuis le {date}"),
    "chart_topics": ("Activities per topic in the period", "Activités par thème sur la période"),
    "mission_count": ("Missions", "Missions"),
    "wco_year_note": (
        "Years are WCO years (1 July – 30 June). A mission counts once, in the year of its "
        "start date.",
        "Les années sont des années de l'OMD (1er juillet – 30 juin). Une mission compte une "
        "seule fois, dans l'année de sa date de début.",
    ),
    "links_wto": ("WTO Trade Facilitation Agreement", "Accord de l'OMC sur la facilitation des "
                  "échanges"),
    "h_summary": ("Executive summary", "Résumé analytique"),
    "comparison_heading": ("Compared with the baseline: {baseline}",
                           "Comparaison avec la référence : {baseline}"),
    "baseline_year": ("Baseline {year}", "Référence {year}"),
    "follow_up_year": ("Follow-up {year}", "Suivi {year}"),
    "change_points": ("Change (points)", "Évolution (points)"),
    "comparison_note": (
        "The same instrument filled for the same administration: {baseline} and {follow_up}. "
        "Scores are the percentage of the maximum over the answered questions; the change is "
        "in percentage points. Sections found in one version of the instrument only have no "
        "change.",
        "Le même instrument rempli pour la même administration : {baseline} et {follow_up}. "
        "Les scores sont le pourcentage du maximum sur les questions répondues ; l'évolution "
        "est en points de pourcentage. Les sections présentes dans une seule version de "
        "l'instrument n'ont pas d'évolution.",
    ),
    "chart_comparison": ("Score by section, {baseline} (grey) and {follow_up} (blue)",
                         "Score par section, {baseline} (gris) et {follow_up} (bleu)"),
    "part1_follow_ups": ("I.3 Follow-up assessments", "I.3 Évaluations de suivi"),
    "follow_ups_note": (
        "Assessments of the period's missions whose administration was assessed before with "
        "the same instrument: the overall score of both, and the change in percentage points.",
        "Évaluations des missions de la période dont l'administration avait déjà été évaluée "
        "avec le même instrument : le score global des deux, et l'évolution en points de "
        "pourcentage.",
    ),
    "baseline": ("Baseline", "Référence"),
    "score_baseline": ("Baseline score", "Score de référence"),
    "score_follow_up": ("Follow-up score", "Score de suivi"),
}

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "es": texts_es.MONTHS,
}


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"reports are written in {' or '.join(LANGUAGES)}, not '{lang}'")
    return lang


Day = date  # for annotations inside ``Texts``, whose ``date`` method hides the type


class Texts:
    """``t("key", name=value)``: the report's own words in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = check_language(lang)
        self._index = LANGUAGES.index(lang)

    def __call__(self, key: str, **values: object) -> str:
        if self.lang == "es":
            text = texts_es.TEXTS[key]
        elif self.lang == "ar":
            text = texts_ar.TEXTS[key]
        else:
            text = _TEXTS[key][self._index]
        text = text.format(**values) if values else text
        if self.lang == "fr":  # French puts a (non-breaking) space before a colon
            text = text.replace(" :", "\u00a0:")
        return text

    def colon(self, key: str) -> str:
        """``Women:`` / ``Femmes :`` — a label followed by a colon, as the language writes it."""
        return self(key) + ("\u00a0:" if self.lang == "fr" else ":")

    def has(self, key: str) -> bool:
        return key in _TEXTS

    def date(self, day: Day | None) -> str:
        return format_date(day, self.lang)

    def date_range(self, start: Day | None, end: Day | None) -> str:
        return format_range(start, end, self.lang)


def format_date(day: date | None, lang: str) -> str:
    """``25 March 2019`` / ``25 mars 2019`` (``1er`` for the first day in French)."""
    if day is None:
        return "–"
    if lang == "ar":
        from babel.dates import format_date as babel_date

        return str(babel_date(day, "long", locale="ar"))
    month = _MONTHS[lang][day.month - 1]
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} {month} {day.year}"


def format_range(start: date | None, end: date | None, lang: str) -> str:
    """``25–29 March 2019``, ``28 February – 3 March 2019``, ``30 Dec. 2019 – 2 Jan. 2020``."""
    if start is None and end is None:
        return "–"
    if start is None or end is None or start == end:
        return format_date(start or end, lang)
    if lang == "ar":
        from babel.dates import format_interval

        return str(format_interval(start, end, "yMMMMd", locale="ar"))
    months = _MONTHS[lang]
    first = "1er" if lang == "fr" and start.day == 1 else str(start.day)
    of = " de" if lang == "es" else ""  # 25–29 de marzo de 2019
    if start.year == end.year and start.month == end.month:
        return f"{first}–{end.day}{of} {months[end.month - 1]}{of} {end.year}"
    if start.year == end.year:
        return f"{first}{of} {months[start.month - 1]} – {format_date(end, lang)}"
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


def format_points(change: float | None) -> str:
    """A change in percentage points, signed: "+12", "−5", "0"; a dash without both sides."""
    if change is None:
        return "–"
    rounded = round(change)
    return f"+{rounded}" if rounded > 0 else f"−{-rounded}" if rounded < 0 else "0"


def format_percent(value: float | None, lang: str) -> str:
    """``72.5 %``/``72,5 %`` (one decimal); ``–`` when there is nothing to show."""
    if value is None:
        return "–"
    return f"{format_number(round(value, 1), lang, decimals=1)}\u00a0%"


def format_number(value: float, lang: str, decimals: int | None = None) -> str:
    """A number as the report language writes it: ``2.5`` / ``2,5``; Arabic through Babel's
    locale data. ``decimals`` fixes the digits after the separator; else as few as needed."""
    text = f"{value:.{decimals}f}" if decimals is not None else f"{value:g}"
    if lang == "ar":
        from babel.numbers import format_decimal

        pattern = "0." + "0" * decimals if decimals else "0.###"
        return str(format_decimal(float(text), pattern, locale="ar"))
    if lang in ("fr", "es"):
        text = text.replace(".", ",")
    return text
