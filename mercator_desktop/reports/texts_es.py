"""The reports' own words in Spanish, keyed like the English/French pairs of ``texts.py``.

Written for the customs administrations of the Americas and the Caribbean: «administración
aduanera», «Asesor del Programa Mercator», «la OMA». ``texts.Texts`` looks a key up here when
the report language is ``es``; a test checks that every key of ``texts.py`` has its Spanish.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- cover and running texts --------------------------------------------------------
    "wco": "Organización Mundial de Aduanas",
    "wco_unit": "Fomento de Capacidades",
    "mission_report": "Informe de misión",
    "confidential": "DIFUSIÓN RESTRINGIDA — solo para la administración beneficiaria y la OMA",
    "confidential_short": "Difusión restringida",
    "draft": "BORRADOR",
    "page_of": "Página {page} de {total}",
    "contents": "Índice",
    "beneficiary": "Administración beneficiaria",
    "country": "País",
    "region": "Región de la OMA",
    "dates": "Fechas",
    "location": "Lugar",
    "remote": "a distancia (virtual)",
    "mission_type": "Tipo de misión",
    "programme": "Programa / donante",
    "team": "Equipo",
    "request": "Solicitud",
    "request_of": "{ref} del {date}",
    "mission_code": "Código de la misión",
    "issued": "Fecha de emisión",
    "version": "Versión del informe",
    "version_issued": "Versión {version} · {status} · emitida el {date}",
    "version_unissued": "{status} · versión no emitida",
    "status_draft": "Borrador",
    "status_final": "Definitiva",
    "not_given": "no indicado",
    "none": "Ninguno.",
    # --- section headings -----------------------------------------------------------------
    "h_background": "Antecedentes y objetivos",
    "h_team": "Equipo de la misión",
    "h_agenda": "Agenda y programa de trabajo",
    "h_methodology": "Metodología",
    "h_results": "Resultados de las evaluaciones",
    "h_findings": "Hallazgos",
    "h_recommendations": "Recomendaciones",
    "h_action_plan": "Plan de acción",
    "h_annexes": "Anexos",
    "h_annex_answers": "Anexo {n}: Respuestas a las evaluaciones",
    "h_annex_participants": "Anexo {n}: Participantes",
    "h_annex_history": "Anexo {n}: Resumen del historial de respuestas",
    # --- section 1 ---------------------------------------------------------------------------
    "objectives": "Objetivos",
    "no_objectives": "No se registraron objetivos para esta misión.",
    "background_text": (
        "A solicitud de {admin} ({country}), la Organización Mundial de Aduanas (OMA) realizó "
        "la siguiente actividad {when}: {type}."
    ),
    "when_range": "del {start} al {end}",
    "when_unknown": "(fechas por confirmar)",
    "the_administration": "la administración aduanera",
    "links": "Instrumentos de la OMA vinculados",
    "link_tfa": "Artículos del Acuerdo sobre Facilitación del Comercio de la OMC",
    "link_arusha": "Factores clave de la Declaración de Arusha revisada",
    "link_geoat": "Principios del GEOAT",
    "no_links": "No se vinculó ningún instrumento a esta misión.",
    "tfa_article": "Artículo {code}",
    "tfa_short": "Art. {code}",
    "rad_short": "DAR {n}",
    # --- section 2 ---------------------------------------------------------------------------
    "name": "Nombre",
    "role": "Función",
    "home": "Administración / país de origen",
    "accreditation": "Acreditación",
    "role_lead": "Experto principal",
    "role_co_facilitator": "Cofacilitador",
    "role_wco_staff": "Secretaría de la OMA",
    "role_observer": "Observador",
    "no_team": "No se registró ningún equipo.",
    # --- section 3 ---------------------------------------------------------------------------
    "day": "Día",
    "time": "Hora",
    "activity": "Actividad",
    "counterparts": "Contrapartes",
    "no_agenda": "No se registró ninguna agenda.",
    # --- section 4 ---------------------------------------------------------------------------
    "method_intro": (
        "La misión combinó reuniones con las unidades de la administración aduanera y con otras "
        "partes interesadas, visitas de campo y talleres. El cuadro cuenta las sesiones de la "
        "agenda por tipo."
    ),
    "kind": "Tipo de sesión",
    "sessions": "Sesiones",
    "kind_meeting": "Reuniones",
    "kind_site_visit": "Visitas de campo",
    "kind_workshop": "Sesiones de taller",
    "participants": "Participantes",
    "women": "Mujeres",
    "men": "Hombres",
    "total": "Total",
    "participants_unknown": "No se contó a los participantes.",
    "units_met": "Unidades y partes interesadas entrevistadas",
    "instruments_used": "Instrumentos de evaluación utilizados",
    # --- section 5 ---------------------------------------------------------------------------
    "no_assessments": "No se registró ninguna evaluación para esta misión.",
    "instrument": "Instrumento",
    "group": "Grupo",
    "status": "Estado",
    "validated_by": "validada por {who} el {date}",
    "a_status_draft": "Borrador",
    "a_status_completed": "Completada",
    "a_status_validated": "Validada",
    "section": "Sección",
    "questions": "Preguntas",
    "answered": "Respondidas",
    "na": "N/A",
    "unanswered": "Sin responder",
    "score": "Puntuación",
    "overall": "Total general",
    "score_note": (
        "La puntuación de una sección es la proporción del máximo de puntos sobre sus preguntas "
        "respondidas y calificadas; no se toman en cuenta las preguntas marcadas como no "
        "aplicables ni las que quedaron sin responder. «–» significa que no se calificó nada "
        "en la sección."
    ),
    "chart_radar": "Perfil por sección (puntuación, %)",
    "chart_bars": "Puntuación por sección (%)",
    "scale": "Escala de calificación",
    "template_missing": (
        "La plantilla de lista de verificación {id} {version} no está instalada en esta "
        "computadora; no se pueden presentar sus resultados."
    ),
    "instrument_used": "Preguntas y escala: {name}, versión {version}.",
    # --- sections 6–8 --------------------------------------------------------------------------
    "area": "Ámbito",
    "strengths": "Fortalezas",
    "gaps": "Deficiencias",
    "general": "General",
    "no_findings": "No se registraron hallazgos.",
    "no_recommendations": "No se registraron recomendaciones.",
    "no_actions": "No se registró ningún plan de acción.",
    "number": "N.º",
    "recommendation": "Recomendación",
    "priority": "Prioridad",
    "related_area": "Ámbito relacionado",
    "priority_high": "Alta",
    "priority_medium": "Media",
    "priority_low": "Baja",
    "objective": "Objetivo",
    "responsible": "Unidad responsable",
    "timeframe": "Plazo",
    "indicator": "Indicador",
    "timeframe_short": "Corto plazo",
    "timeframe_medium": "Mediano plazo",
    "timeframe_long": "Largo plazo",
    "by_date": "a más tardar el {date}",
    "action_not_started": "No iniciada",
    "action_in_progress": "En curso",
    "action_done": "Realizada",
    "action_cancelled": "Cancelada",
    "progress_on": "{percent} al {date}",
    "progress_date": "al {date}",
    "for_rec": "para {ref}",
    # --- annexes ----------------------------------------------------------------------------------
    "question": "Pregunta",
    "answer": "Respuesta",
    "notes_evidence": "Notas y evidencias",
    "evidence": "Evidencias",
    "evidence_not_here": "{name} (el archivo todavía no está en esta computadora)",
    "not_answered": "sin responder",
    "yes": "Sí",
    "partly": "En parte",
    "no": "No",
    "not_applicable": "No aplica",
    "counterparts_intro": "Contrapartes de la administración beneficiaria",
    "unit": "Unidad",
    "no_counterparts": "No se registraron contrapartes.",
    "history_intro": (
        "Cada respuesta conserva su historial: quién la modificó, cuándo, de qué valor a cuál "
        "y, en el caso de las correcciones, por qué. Este anexo lo resume; el historial "
        "completo queda en el expediente de la misión."
    ),
    "changes": "Cambios registrados",
    "answers_changed": "Respuestas modificadas después de su primera entrada",
    "recorded_by": "Registradas por",
    "period": "Período",
    "events": "Etapas de la evaluación",
    "corrections": "Correcciones con motivo",
    "when": "Cuándo",
    "who": "Quién",
    "change": "Cambio",
    "reason": "Motivo",
    "and_more": "… y {n} más",
    "no_history": "No se registró ningún cambio.",
    "event_started": "Iniciada",
    "event_completed": "Completada",
    "event_validated": "Validada",
    "event_reopened": "Reabierta",
    "event_back_to_draft": "De vuelta a borrador",
    "event_migrated": "Trasladada a una versión más reciente de la plantilla",
    # --- progress report ---------------------------------------------------------------------
    "progress_title": "Informe de avance del fomento de capacidades",
    "period_line": "Período del informe: del {start} al {end}",
    "since_line": "Misiones desde el {date}",
    "generated_on": "Elaborado el {date} con Mercator Desktop",
    "part1": "Parte I — Actividades del período",
    "part1_topic": "I.1 Actividades por tema",
    "part1_country": "I.2 Actividades por país",
    "part2": "Parte II — Misiones por región y por país desde el {date}",
    "part2_matrix": "II.1 Misiones por región, país y año de la OMA",
    "part2_charts": "II.2 Misiones por región y por tema",
    "scope_note": (
        "Se consideran actividades las misiones en ejecución o en una etapa posterior "
        "(realizadas, con informe, en seguimiento o cerradas) que comienzan en el período; "
        "no se cuentan las misiones solicitadas, planificadas ni canceladas. Una misión sobre "
        "varios temas figura en cada uno de ellos, por lo que la suma de los subtotales por "
        "tema puede superar el total."
    ),
    "summary": "Resumen",
    "activities": "Actividades",
    "countries": "Países",
    "experts": "Expertos",
    "mode": "Modalidad",
    "mode_in_country": "Presencial",
    "mode_remote": "Virtual",
    "title": "Título",
    "type": "Tipo",
    "links_short": "AFC / DAR",
    "w_m": "M / H",
    "subtotal": "Subtotal",
    "subtotal_of": "Subtotal {label}: {n} actividades",
    "subtotal_of_one": "Subtotal {label}: 1 actividad",
    "no_topic": "Tema no indicado",
    "no_activities": "Ninguna actividad en el período.",
    "no_missions_since": "Ninguna misión desde la fecha de lanzamiento.",
    "total_region": "Total {region}",
    "grand_total": "Todas las regiones",
    "chart_regions": "Misiones por región desde el {date}",
    "chart_topics": "Actividades por tema en el período",
    "mission_count": "Misiones",
    "wco_year_note": ("Los años son años de la OMA (1 de julio – 30 de junio). Una misión cuenta "
                      "una sola vez, en el año de su fecha de inicio."),
    "links_wto": "Acuerdo sobre Facilitación del Comercio de la OMC",
    "h_summary": "Resumen ejecutivo",
    "comparison_heading": "Comparación con la línea de base: {baseline}",
    "baseline_year": "Línea de base {year}",
    "follow_up_year": "Seguimiento {year}",
    "change_points": "Cambio (puntos)",
    "comparison_note": (
        "El mismo instrumento aplicado a la misma administración: {baseline} y {follow_up}. "
        "Las puntuaciones son el porcentaje del máximo sobre las preguntas respondidas; el "
        "cambio se expresa en puntos porcentuales. Las secciones presentes en una sola versión "
        "del instrumento no tienen cambio."),
    "chart_comparison": "Puntuación por sección, {baseline} (gris) y {follow_up} (azul)",
    "part1_follow_ups": "I.3 Evaluaciones de seguimiento",
    "follow_ups_note": (
        "Evaluaciones de las misiones del período cuya administración ya había sido evaluada "
        "con el mismo instrumento: la puntuación global de ambas y el cambio en puntos "
        "porcentuales."),
    "baseline": "Línea de base",
    "score_baseline": "Puntuación de base",
    "score_follow_up": "Puntuación de seguimiento",
}

MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")
