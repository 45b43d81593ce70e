<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="+308"/>
        <source>Edit the action</source>
        <translation>Editar la acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result wanted, e.g. Vulnerable posts rotate</source>
        <translation>El resultado buscado, p. ej. Los puestos vulnerables rotan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is to be done</source>
        <translation>Lo que hay que hacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Human Resource Management</source>
        <translation>p. ej. Gestión de Recursos Humanos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due by</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due &amp;by</source>
        <translation>plazo &amp;hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How progress will be seen</source>
        <translation>Cómo se verá el avance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no recommendation)</source>
        <translation>(sin recomendación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible &amp;unit:</source>
        <translation>&amp;Unidad responsable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeframe:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recomendación:</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/editor_models.py" line="+148"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterparts</source>
        <translation>Contrapartes</translation>
    </message>
</context>
<context>
    <name>ArchivedMissionsDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/sync_archive.py" line="+27"/>
        <location line="+10"/>
        <source>Archived missions</source>
        <translation>Misiones archivadas</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived on</source>
        <translation>Archivada el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No archived missions: you are on the team of every mission on this laptop.</source>
        <translation>No hay misiones archivadas: usted forma parte del equipo de todas las misiones de esta computadora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You were taken off the team of these missions. They stay on this laptop, read-only and out of the mission list; HQ no longer sends their changes and does not take yours.</source>
        <translation>Usted fue retirado del equipo de estas misiones. Permanecen en esta computadora, en solo lectura y fuera de la lista de misiones; la Sede ya no envía sus cambios y no recibe los suyos.</translation>
    </message>
</context>
<context>
    <name>AssessmentEvidenceDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_dialogs.py" line="+94"/>
        <source>Evidence – {title}</source>
        <translation>Evidencias – {title}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note or caption</source>
        <translation>Nota o leyenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note, or a caption for the next file</source>
        <translation>Una nota, o la leyenda del próximo archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;file…</source>
        <translation>Agregar &amp;archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (photo shrunk on import)</source>
        <translation> (foto reducida al importarla)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file is already attached.</source>
        <translation>Este archivo ya está adjunto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
</context>
<context>
    <name>AssessmentEvidenceModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_models.py" line="+233"/>
        <source>File or note</source>
        <translation>Archivo o nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_dialogs.py" line="+22"/>
        <source>History – {title}</source>
        <translation>Historial – {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History of the answers</source>
        <translation>Historial de las respuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change recorded yet.</source>
        <translation>Todavía no se registró ningún cambio.</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_models.py" line="+10"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>AssessmentMissingModel</name>
    <message>
        <location line="-17"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required question</source>
        <translation>Pregunta obligatoria</translation>
    </message>
</context>
<context>
    <name>AssessmentScoreModel</name>
    <message>
        <location line="-23"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unanswered</source>
        <translation>Sin responder</translation>
    </message>
</context>
<context>
    <name>AssessmentSectionModel</name>
    <message>
        <location line="-88"/>
        <source>{title}
{done} of {total} answered or N/A</source>
        <translation>{title}
{done} de {total} respondidas o N/A</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_window.py" line="+201"/>
        <source>&amp;Find question…</source>
        <translation>&amp;Buscar pregunta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with &amp;baseline…</source>
        <translation>Comparar con la línea de &amp;base…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;completed</source>
        <translation>Marcar como &amp;completada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validate…</source>
        <translation>&amp;Validar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reabrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the &amp;newer template…</source>
        <translation>Pasar a la plantilla más &amp;reciente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evidence…</source>
        <translation>&amp;Evidencias…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Keys: {rate} rate · Y/P/N · − N/A · Del clear · ↑↓ question · PgUp/PgDn section · Enter note · Ctrl+E evidence · Ctrl+H history · Ctrl+F find · Ctrl+R summary</source>
        <translation>Teclas: {rate} calificar · Y/P/N (sí/en parte/no) · − N/A · Supr borrar · ↑↓ pregunta · RePág/AvPág sección · Intro nota · Ctrl+E evidencias · Ctrl+H historial · Ctrl+F buscar · Ctrl+R resumen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find a question</source>
        <translation>Buscar una pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a question by number or words; Enter for the next match, Esc to close</source>
        <translation>Busque una pregunta por número o por palabras; Intro para la siguiente coincidencia, Esc para cerrar</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Scores by section</source>
        <translation>Puntuaciones por sección</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Required questions without an answer</source>
        <translation>Preguntas obligatorias sin respuesta</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title} – Mercator Desktop</source>
        <translation>{title} – Mercator Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission {mission} · {template}, version {version} · {status}</source>
        <translation>Misión {mission} · {template}, versión {version} · {status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Validated by {name} on {when}. The answers are locked; use Reopen… (with a reason) to change them.</source>
        <translation>Validada por {name} el {when}. Las respuestas están bloqueadas; use Reabrir… (indicando un motivo) para modificarlas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {version} of this checklist is available. Move to the newer template… carries your answers over and lists any that cannot be carried.</source>
        <translation>Está disponible la versión {version} de esta lista de verificación. Pasar a la plantilla más reciente… traslada sus respuestas e indica las que no se pueden trasladar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no score yet</source>
        <translation>todavía sin puntuación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall: {percent} — {answered} answered, {na} N/A, {unanswered} unanswered of {total}</source>
        <translation>General: {percent} — {answered} respondidas, {na} N/A, {unanswered} sin responder de {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Missing required answers: {n}</source>
        <translation>Respuestas obligatorias faltantes: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No required answer is missing.</source>
        <translation>No falta ninguna respuesta obligatoria.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {time}</source>
        <translation>Guardado {time}</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+462"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{n} found</source>
        <translation>{n} encontradas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{i} of {n}</source>
        <translation>{i} de {n}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Not completed yet</source>
        <translation>Todavía no está completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} required answers are missing. They are listed on the summary; double-click one to go there.</source>
        <translation>Faltan {n} respuestas obligatorias. Aparecen en el resumen; haga doble clic en una para ir a ella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not completed</source>
        <translation>No completada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Validate the assessment</source>
        <translation>Validar la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validating locks the answers. Name of the validator:</source>
        <translation>Al validar se bloquean las respuestas. Nombre de quien valida:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reopen the assessment</source>
        <translation>Reabrir la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopening makes the answers editable again and is recorded. Why is it reopened?</source>
        <translation>Al reabrirla, las respuestas vuelven a ser editables y queda registrado. ¿Por qué se reabre?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move to the newer template</source>
        <translation>Pasar a la plantilla más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this assessment to version {version}? Answers are carried over by question; any that cannot be carried are listed and kept in the history.</source>
        <translation>¿Pasar esta evaluación a la versión {version}? Las respuestas se trasladan pregunta por pregunta; las que no se puedan trasladar se indican y se conservan en el historial.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not moved</source>
        <translation>No se trasladó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved to version {version}</source>
        <translation>Trasladada a la versión {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{carried} answers carried over.</source>
        <translation>{carried} respuestas trasladadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not carried:</source>
        <translation>No trasladadas:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/backups_dialog.py" line="+88"/>
        <source>Made on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged</source>
        <translation>Dañada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup {id}</source>
        <translation>Copia de seguridad {id}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="-54"/>
        <source>Made by you</source>
        <translation>Hecha por usted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a sync</source>
        <translation>Antes de una sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+15"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A copy of your data is made before every upgrade, before a sync changes your records, and once a day while the app is open. Restoring a backup puts its data back; what you have now is first kept as a backup of its own, and the next sync brings back from HQ what you had already sent.</source>
        <translation>Se hace una copia de sus datos antes de cada actualización, antes de que una sincronización cambie sus registros y una vez al día mientras la aplicación está abierta. Restaurar una copia de seguridad devuelve sus datos; lo que tiene ahora se guarda antes como una copia propia, y la siguiente sincronización trae de vuelta desde la Sede lo que ya había enviado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kept in {folder}</source>
        <translation>Guardadas en {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The backup could not be made</source>
        <translation>No se pudo hacer la copia de seguridad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back your data as it was on {when}?</source>
        <translation>¿Volver a poner sus datos como estaban el {when}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you have now is first kept as a backup of its own, so this can be undone. Work you had already sent to HQ comes back at the next sync; work not sent since that day is only in the kept copy.</source>
        <translation>Lo que tiene ahora se guarda antes como una copia propia, de modo que esto puede deshacerse. El trabajo que ya había enviado a la Sede vuelve en la siguiente sincronización; el trabajo no enviado desde ese día solo está en la copia guardada.</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <location filename="../../mercator_desktop/ui/team_calendar.py" line="+232"/>
        <source>{days} d · double-booked</source>
        <translation>{days} d · reserva doble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{days} d booked</source>
        <translation>{days} d reservados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No expert in the directory yet.</source>
        <translation>Todavía no hay expertos en el directorio.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Overlaps another mission of this expert</source>
        <translation>Se superpone con otra misión de este experto</translation>
    </message>
</context>
<context>
    <name>ChartRadarWidget</name>
    <message>
        <location filename="../../mercator_desktop/ui/chart_widgets.py" line="+127"/>
        <source>A radar needs three sections or more</source>
        <translation>Un gráfico radar necesita tres secciones o más</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_comparison.py" line="+191"/>
        <source>Compare with an earlier assessment</source>
        <translation>Comparar con una evaluación anterior</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare &amp;with:</source>
        <translation>Comparar &amp;con:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scores of both assessments by section</source>
        <translation>Puntuaciones de ambas evaluaciones por sección</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No other assessment of this administration uses the same checklist yet. When the administration is assessed again (a follow-up), start the same checklist on the new mission: the two are then compared here, section by section.</source>
        <translation>Ninguna otra evaluación de esta administración usa todavía la misma lista de verificación. Cuando la administración vuelva a ser evaluada (un seguimiento), inicie la misma lista de verificación en la nueva misión: ambas se compararán aquí, sección por sección.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Baseline: {baseline}. Follow-up: {follow_up}. Scores are the percentage of the maximum over the answered questions; the change is in percentage points.</source>
        <translation>Línea de base: {baseline}. Seguimiento: {follow_up}. Las puntuaciones son el porcentaje del máximo sobre las preguntas respondidas; el cambio se expresa en puntos porcentuales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baseline {year}</source>
        <translation>Línea de base {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up {year}</source>
        <translation>Seguimiento {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location line="-128"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change (points)</source>
        <translation>Cambio (puntos)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/sync_conflicts.py" line="+52"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edited at HQ while you deleted it</source>
        <translation>Modificado en la Sede mientras usted lo eliminaba</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted at HQ while you edited it</source>
        <translation>Eliminado en la Sede mientras usted lo modificaba</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep &amp;mine</source>
        <translation>Conservar el &amp;mío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put your value back; it is sent to HQ at the next sync</source>
        <translation>Restablecer su valor; se envía a la Sede en la próxima sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;HQ&apos;s</source>
        <translation>Conservar el de la &amp;Sede</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept HQ&apos;s value (already in the record)</source>
        <translation>Aceptar el valor de la Sede (ya está en el registro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete anyway</source>
        <translation>&amp;Eliminar de todos modos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete it (to the trash); HQ is told at the next sync</source>
        <translation>Eliminarlo (a la papelera); la Sede lo sabrá en la próxima sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep with their edit</source>
        <translation>&amp;Conservar con su modificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the record as HQ edited it</source>
        <translation>Conservar el registro tal como lo modificó la Sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore with my edit</source>
        <translation>&amp;Restaurar con mi modificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring it back with your edit; HQ gets it at the next sync</source>
        <translation>Recuperarlo con su modificación; la Sede lo recibe en la próxima sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave deleted</source>
        <translation>&amp;Dejar eliminado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept HQ&apos;s deletion (it stays in the trash here)</source>
        <translation>Aceptar la eliminación de la Sede (aquí queda en la papelera)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by HQ</source>
        <translation>Rechazados por la Sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>HQ and you both changed these since the last sync. Everything else was merged. The record now holds HQ&apos;s version: keep HQ&apos;s, or keep yours — yours is then sent to HQ at the next sync.</source>
        <translation>Usted y la Sede modificaron estos datos desde la última sincronización. Todo lo demás se combinó. El registro contiene ahora la versión de la Sede: conserve la de la Sede o la suya; la suya se envía entonces a la Sede en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts: everything you and HQ changed was merged.</source>
        <translation>No hay conflictos: todo lo que usted y la Sede modificaron se combinó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+25"/>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+24"/>
        <location line="+25"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>Suyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ&apos;s</source>
        <translation>De la Sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep HQ&apos;s</source>
        <translation>Conservar el de la Sede</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HQ did not accept these records; they wait here and do not hold up the others. Do what the advice says, discard your change to take HQ&apos;s version back, or try them again.</source>
        <translation>La Sede no aceptó estos registros; esperan aquí y no bloquean a los demás. Siga el consejo indicado, descarte su cambio para recuperar la versión de la Sede o vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ refused nothing.</source>
        <translation>La Sede no rechazó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ&apos;s reason</source>
        <translation>Motivo de la Sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can do</source>
        <translation>Qué puede hacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Discard my change</source>
        <translation>&amp;Descartar mi cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up this laptop&apos;s change of the selected record: it takes back the version HQ has</source>
        <translation>Renunciar al cambio de esta computadora en el registro seleccionado: recupera la versión que tiene la Sede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Try them again at the next sync</source>
        <translation>&amp;Volver a intentarlo en la próxima sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send all these records again at the next sync</source>
        <translation>Enviar de nuevo todos estos registros en la próxima sincronización</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These came from HQ and cannot be applied yet. They are kept and applied as soon as the way out is done.</source>
        <translation>Estos registros vinieron de la Sede y todavía no se pueden aplicar. Se conservan y se aplican en cuanto se resuelva lo indicado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing from HQ is waiting.</source>
        <translation>No hay nada de la Sede en espera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it waits</source>
        <translation>Por qué espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Way out</source>
        <translation>Solución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflictos (%n)</numerusform>
            <numerusform>Conflictos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Refused by HQ (%n)</source>
        <translation>
            <numerusform>Rechazados por la Sede (%n)</numerusform>
            <numerusform>Rechazados por la Sede (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting (%n)</source>
        <translation>
            <numerusform>En espera (%n)</numerusform>
            <numerusform>En espera (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sync inbox: %n to look at</source>
        <translation>
            <numerusform>Bandeja de sincronización: %n por revisar</numerusform>
            <numerusform>Bandeja de sincronización: %n por revisar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync inbox</source>
        <translation>Bandeja de sincronización</translation>
    </message>
</context>
<context>
    <name>CounterpartTableModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/editor_models.py" line="+13"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../mercator_desktop/ui/crash.py" line="+122"/>
        <source>Mercator Desktop ran into an unexpected problem.</source>
        <translation>Mercator Desktop encontró un problema inesperado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It could not finish what it was doing. This is a bug in Mercator Desktop, not something you did wrong.

What you saved before is not affected: every change is stored in one step, so the last action was either stored completely or not at all. You can keep working; if something looks wrong, quit and start Mercator Desktop again.</source>
        <translation>No pudo terminar lo que estaba haciendo. Se trata de un error de Mercator Desktop, no de algo que usted hizo mal.

Lo que guardó antes no se ve afectado: cada cambio se almacena en un solo paso, así que la última acción se almacenó por completo o no se almacenó en absoluto. Puede seguir trabajando; si algo le parece incorrecto, salga y vuelva a iniciar Mercator Desktop.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The details were written to the log file:
{path}

Please send this file (or the copied details) to the Mercator Desktop team.</source>
        <translation>Los detalles se escribieron en el archivo de registro:
{path}

Envíe este archivo (o los detalles copiados) al equipo de Mercator Desktop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please copy the details and send them to the Mercator Desktop team.</source>
        <translation>Copie los detalles y envíelos al equipo de Mercator Desktop.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../mercator_desktop/ui/dashboard.py" line="+149"/>
        <source>missions start in the next {days} days</source>
        <translation>misiones empiezan en los próximos {days} días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missions delivered without a report yet</source>
        <translation>misiones realizadas todavía sin informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action items overdue</source>
        <translation>acciones vencidas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missions in all</source>
        <translation>misiones en total</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Needs your attention</source>
        <translation>Requiere su atención</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missions by status</source>
        <translation>Misiones por estado</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot show the dashboard</source>
        <translation>No se puede mostrar el tablero</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today, {date}</source>
        <translation>Hoy, {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} missions in your data</source>
        <translation>{n} misiones en sus datos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No mission starts in the next {days} days.</source>
        <translation>Ninguna misión empieza en los próximos {days} días.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dashboard: {count} {caption}</source>
        <translation>Tablero: {count} {caption}</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../mercator_desktop/ui/data_safety.py" line="+55"/>
        <location line="+12"/>
        <location line="+27"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Close the mission and assessment windows first.</source>
        <translation>Cierre primero las ventanas de misiones y evaluaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They may hold changes not saved yet; nothing was restored.</source>
        <translation>Pueden contener cambios aún no guardados; no se restauró nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+88"/>
        <source>The backup could not be restored.</source>
        <translation>No se pudo restaurar la copia de seguridad.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is back as it was on {when}. What you had before is kept as the backup “{kept}”. Sync with HQ to get back the work you had already sent.</source>
        <translation>Sus datos vuelven a estar como el {when}. Lo que tenía antes se guarda como la copia «{kept}». Sincronice con la Sede para recuperar el trabajo que ya había enviado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data folder could not be opened again.</source>
        <translation>No se pudo volver a abrir la carpeta de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Close Mercator Desktop and start it again.</source>
        <translation>{problem}

Cierre Mercator Desktop y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Everything exported to {folder}.</source>
        <translation>Todo se exportó a {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export could not be written</source>
        <translation>No se pudo escribir la exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything into a new or empty folder</source>
        <translation>Exportar todo a una carpeta nueva o vacía</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file was not opened, so nothing in it was changed. SQLite says: {problem}</source>
        <translation>El archivo no se abrió, así que no se cambió nada en él. SQLite dice: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+8"/>
        <source>Your data is damaged</source>
        <translation>Sus datos están dañados</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The database of Mercator Desktop is damaged and there is no backup to restore.</source>
        <translation>La base de datos de Mercator Desktop está dañada y no hay ninguna copia de seguridad que restaurar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the file {file} and ask for help.</source>
        <translation>Conserve el archivo {file} y pida ayuda.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database of Mercator Desktop is damaged. Restore the newest good backup, made on {when}?</source>
        <translation>La base de datos de Mercator Desktop está dañada. ¿Restaurar la copia de seguridad correcta más reciente, hecha el {when}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurar la copia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged file is kept in the data folder&apos;s set-aside folder for inspection. Work you had sent to HQ after {when} comes back at the next sync.</source>
        <translation>El archivo dañado se conserva en la carpeta set-aside de la carpeta de datos para su examen. El trabajo que envió a la Sede después del {when} vuelve en la siguiente sincronización.</translation>
    </message>
</context>
<context>
    <name>ExpertDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/expert_directory.py" line="+650"/>
        <source>New expert</source>
        <translation>Nuevo experto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert: {name}</source>
        <translation>Experto: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+114"/>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+61"/>
        <source>Home &amp;country</source>
        <translation>&amp;País de origen</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+56"/>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Language codes, e.g. fr, en, es</source>
        <translation>Códigos de idioma, p. ej. fr, en, es</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accreditation category</source>
        <translation>Categoría de acreditación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accreditation status</source>
        <translation>Situación de la acreditación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accredited on</source>
        <translation>Acreditado el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACE id</source>
        <translation>Id. ACE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add / update</source>
        <translation>Agregar / actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Home &amp;administration</source>
        <translation>&amp;Administración de origen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accreditations (WCO categories)</source>
        <translation>Acreditaciones (categorías de la OMA)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>None yet.</source>
        <translation>Ninguna todavía.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The expert was not saved</source>
        <translation>El experto no se guardó</translation>
    </message>
</context>
<context>
    <name>ExpertDirectory</name>
    <message>
        <location line="-751"/>
        <source>accredited</source>
        <translation>acreditado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-accredited</source>
        <translation>preacreditado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lapsed</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Search experts by name</source>
        <translation>Buscar expertos por nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accreditation category</source>
        <translation>Categoría de acreditación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any accreditation</source>
        <translation>Cualquier acreditación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted experts</source>
        <translation>Expertos eliminados</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New expert…</source>
        <translation>&amp;Nuevo experto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Missions of the selected expert</source>
        <translation>Misiones del experto seleccionado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter or double-click opens a mission.</source>
        <translation>Intro o doble clic abre una misión.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>1 expert</source>
        <translation>1 experto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} experts</source>
        <translation>{n} expertos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No deleted experts.</source>
        <translation>No hay expertos eliminados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts you delete wait here until you restore them.</source>
        <translation>Los expertos que elimine esperan aquí hasta que los restaure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No expert matches these filters.</source>
        <translation>Ningún experto coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No experts yet.</source>
        <translation>Todavía no hay expertos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the experts you work with: their accreditations and languages, then pick them for a mission&apos;s team.</source>
        <translation>Añada los expertos con los que trabaja: sus acreditaciones e idiomas; luego elíjalos para el equipo de una misión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the first expert…</source>
        <translation>Añadir el primer experto…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No expert selected</source>
        <translation>Ningún experto seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expert matches</source>
        <translation>Ningún experto coincide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No experts yet</source>
        <translation>Todavía no hay expertos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No missions yet.</source>
        <translation>Todavía no hay misiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The missions this expert is on the team of show here; add the expert on a mission&apos;s Team tab.</source>
        <translation>Aquí aparecen las misiones en cuyo equipo está este experto; añada el experto en la pestaña Equipo de una misión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missions ({n})</source>
        <translation>Misiones ({n})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Speaks {languages}</source>
        <translation>Habla {languages}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> since {date}</source>
        <translation> desde el {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No accreditation recorded</source>
        <translation>No se registró ninguna acreditación</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot delete the expert</source>
        <translation>No se puede eliminar al experto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot restore the expert</source>
        <translation>No se puede restaurar al experto</translation>
    </message>
</context>
<context>
    <name>ExpertMissionsModel</name>
    <message>
        <location line="-407"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
</context>
<context>
    <name>ExpertTableModel</name>
    <message>
        <location line="-65"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home country</source>
        <translation>País de origen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../mercator_desktop/ui/filter_bar.py" line="+56"/>
        <source>Search code, title, country or expert  (Ctrl+F)</source>
        <extracomment>↓ (False) or Enter (True) in the search field: go to the results (and open one)</extracomment>
        <translation>Buscar código, título, país o experto  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search missions</source>
        <translation>Buscar misiones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any region</source>
        <translation>Cualquier región</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+168"/>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Missions from</source>
        <translation>Misiones desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions that end on or after this date</source>
        <translation>Misiones que terminan en esta fecha o después</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missions until</source>
        <translation>Misiones hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions that start on or before this date</source>
        <translation>Misiones que empiezan en esta fecha o antes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show all missions</source>
        <translation>Mostrar todas las misiones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{shown} of {total} missions in the trash</source>
        <translation>{shown} de {total} misiones en la papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total} missions in the trash</source>
        <translation>{total} misiones en la papelera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} missions</source>
        <translation>{shown} de {total} misiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 mission</source>
        <translation>1 misión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} missions</source>
        <translation>{total} misiones</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="-121"/>
        <source>Edit the finding</source>
        <translation>Editar el hallazgo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New finding</source>
        <translation>Nuevo hallazgo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gap — something to improve</source>
        <translation>Deficiencia — algo que mejorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength — something that works</source>
        <translation>Fortaleza — algo que funciona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not linked)</source>
        <translation>(sin vínculo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this mission</source>
        <translation>esta misión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type to search a factor, principle or article</source>
        <translation>Escriba para buscar un factor, principio o artículo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you saw, in a sentence or two the report can print as it is</source>
        <translation>Lo que observó, en una o dos frases que el informe pueda imprimir tal cual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Linked to:</source>
        <translation>&amp;Vinculado a:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this mission is linked to comes first; any factor, principle or article can be chosen.</source>
        <translation>Primero aparece aquello con lo que está vinculada esta misión; se puede elegir cualquier factor, principio o artículo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From &amp;assessment:</source>
        <translation>De la &amp;evaluación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xto:</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../mercator_desktop/ui/global_search.py" line="+36"/>
        <source>Mission code</source>
        <extracomment>(kind, field) → where the hit is, as shown before its text</extracomment>
        <translation>Código de la misión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics notes</source>
        <translation>Notas de logística</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda, location</source>
        <translation>Programa, lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda, with</source>
        <translation>Programa, con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on an answer</source>
        <translation>Nota sobre una respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Constatación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item, objective</source>
        <translation>Acción, objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item, indicator</source>
        <translation>Acción, indicador</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <location line="+24"/>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kingston, a phrase from a note, a code…</source>
        <translation>Kingston, una frase de una nota, un código…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search missions, agendas, notes, findings and actions:</source>
        <translation>&amp;Buscar en misiones, programas, notas, constataciones y acciones:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type a word or two: accents and capitals do not matter. Enter opens the place it was found.</source>
        <translation>Escriba una o dos palabras: los acentos y las mayúsculas no importan. Intro abre el lugar donde se encontró.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{code} — {title} ({count})</source>
        <translation>{code} — {title} ({count})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type a word or two: accents and capitals do not matter.</source>
        <translation>Escriba una o dos palabras: los acentos y las mayúsculas no importan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “{query}”. Try fewer words, or the beginning of a word.</source>
        <translation>No se encontró nada para «{query}». Pruebe con menos palabras o con el comienzo de una palabra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 place found</source>
        <translation>1 lugar encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} places found</source>
        <translation>{n} lugares encontrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in 1 mission</source>
        <translation>en 1 misión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {n} missions</source>
        <translation>en {n} misiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter opens the place.</source>
        <translation>Intro abre el lugar.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/import_preview.py" line="+53"/>
        <source>Import preview – {name}</source>
        <translation>Vista previa de la importación – {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the import would do, row by row</source>
        <translation>Lo que haría la importación, fila por fila</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values not recognised – choose what each one means</source>
        <translation>Valores no reconocidos: elija qué significa cada uno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value in the file</source>
        <translation>Valor en el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sheet “{sheet}” cannot be imported:</source>
        <translation>La hoja “{sheet}” no se puede importar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another sheet, or correct this one in your spreadsheet and import the file again.</source>
        <translation>Elija otra hoja, o corrija esta en su hoja de cálculo y vuelva a importar el archivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the sheet “{sheet}”…</source>
        <translation>Leyendo la hoja “{sheet}”…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>actualizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>lines {lines}</source>
        <translation>líneas {lines}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line {lines}</source>
        <translation>línea {lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {lines}</source>
        <translation>filas {lines}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>row {lines}</source>
        <translation>fila {lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records {lines}</source>
        <translation>registros {lines}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>record {lines}</source>
        <translation>registro {lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}”</source>
        <translation>“{value}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matches more than one entry</source>
        <translation>coincide con más de una entrada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a new programme “{name}”</source>
        <translation>Crear un nuevo programa “{name}”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Created: {created} · updated: {updated} · refused: {refused} (missions in the file: {total}).</source>
        <translation>Creadas: {created} · actualizadas: {updated} · rechazadas: {refused} (misiones en el archivo: {total}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some rows have problems a choice cannot fix: correct them in your spreadsheet and import the file again. Nothing is imported until every row can be.</source>
        <translation>Algunas filas tienen problemas que ninguna elección puede resolver: corríjalas en su hoja de cálculo y vuelva a importar el archivo. No se importa nada hasta que todas las filas puedan importarse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what each value not recognised means to import the file.</source>
        <translation>Elija qué significa cada valor no reconocido para importar el archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is stored until you click Import.</source>
        <translation>No se almacena nada hasta que haga clic en Importar.</translation>
    </message>
</context>
<context>
    <name>IssueReportDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/issued_reports.py" line="+68"/>
        <source>Reissue the report</source>
        <translation>Reemitir el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the report</source>
        <translation>Emitir el informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This freezes the mission report as version %1: the PDF is kept in the data folder, listed on the mission and sent to HQ with the next sync. An issued report is never changed; a correction is a new version.</source>
        <translation>El informe de misión se congela como versión %1: el PDF se conserva en la carpeta de datos, figura en la misión y se envía a la sede con la próxima sincronización. Un informe emitido nunca se modifica; una corrección es una nueva versión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date of issue</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Date of &amp;issue:</source>
        <translation>&amp;Fecha de emisión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Issue version %1</source>
        <translation>E&amp;mitir la versión %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the results of the assessments</source>
        <translation>los resultados de las evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the findings</source>
        <translation>las conclusiones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the action plan</source>
        <translation>el plan de acción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue a Final report?</source>
        <translation>¿Emitir un informe definitivo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These parts of the report are empty: %1. Issue it as Final anyway?</source>
        <translation>Estas partes del informe están vacías: %1. ¿Emitirlo de todos modos como definitivo?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issuing the report…</source>
        <translation>Emitiendo el informe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not issued</source>
        <translation>El informe no se emitió</translation>
    </message>
</context>
<context>
    <name>IssuedReports</name>
    <message>
        <location line="-125"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
</context>
<context>
    <name>IssuedReportsPanel</name>
    <message>
        <location line="+145"/>
        <source>Version</source>
        <extracomment>who opens the issue dialog (the editor: it offers to save unsaved changes first); by default the panel itself</extracomment>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of issue</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issued reports of the mission</source>
        <translation>Informes emitidos de la misión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Issue report…</source>
        <translation>E&amp;mitir el informe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reissue…</source>
        <translation>&amp;Reemitir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each issue freezes the report as it was sent: version 1.0, then 1.1, 1.2 … The PDF is kept in the data folder (encrypted when the folder is) and goes to HQ and the mission&apos;s other experts with the sync.</source>
        <translation>Cada emisión congela el informe tal como se envió: versión 1.0, luego 1.1, 1.2… El PDF se conserva en la carpeta de datos (cifrado si la carpeta lo está) y llega a la sede y a los demás expertos de la misión con la sincronización.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No report issued yet.</source>
        <translation>Aún no se ha emitido ningún informe.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (arrives with the next sync)</source>
        <translation>%1 (llega con la próxima sincronización)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Version %1 of the report issued (%2 pages)</source>
        <translation>Versión %1 del informe emitida (%2 páginas)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report cannot be opened</source>
        <translation>No se puede abrir el informe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a copy of the issued report</source>
        <translation>Guardar una copia del informe emitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy was not saved</source>
        <translation>La copia no se guardó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy saved to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/letterhead_dialog.py" line="+39"/>
        <source>Letterhead for reports</source>
        <translation>Membrete de los informes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed on the cover and at the top of every page of the reports made on this computer. Leave a field empty to print the standard wording shown in grey.</source>
        <translation>Se imprime en la portada y en la parte superior de cada página de los informes hechos en este ordenador. Deje un campo vacío para imprimir la fórmula estándar que se muestra en gris.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>World Customs Organization</source>
        <translation>Organización Mundial de Aduanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity Building</source>
        <translation>Fortalecimiento de capacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address line:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Rue du Marché 30, 1210 Brussels, Belgium</source>
        <translation>p. ej., Rue du Marché 30, 1210 Bruselas, Bélgica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Classification:</source>
        <translation>&amp;Clasificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESTRICTED — for the beneficiary administration and the WCO only</source>
        <translation>RESTRINGIDO — solo para la administración beneficiaria y la OMA</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;hoose image…</source>
        <translation>&amp;Elegir imagen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no logo)</source>
        <translation>(sin logotipo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the logo</source>
        <translation>Elegir el logotipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mercator_desktop/ui/main_window.py" line="+108"/>
        <source>Mercator Desktop</source>
        <extracomment>makes the ``services.sync.SyncService`` of a store; None: the OS keyring&apos;s</extracomment>
        <translation>Mercator Desktop</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;New mission…</source>
        <translation>&amp;Nueva misión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a new mission</source>
        <translation>Planificar una nueva misión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected mission</source>
        <translation>Abrir la misión seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new mission from the selected one</source>
        <translation>Empezar una nueva misión a partir de la seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected mission to the trash</source>
        <translation>Enviar la misión seleccionada a la papelera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;trash</source>
        <translation>Mostrar la &amp;papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the missions in the trash, to restore them</source>
        <translation>Mostrar las misiones de la papelera, para restaurarlas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;estore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected mission out of the trash</source>
        <translation>Sacar la misión seleccionada de la papelera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import missions…</source>
        <translation>&amp;Importar misiones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import missions from a spreadsheet (Excel, OpenDocument or CSV)</source>
        <translation>Importar misiones desde una hoja de cálculo (Excel, OpenDocument o CSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export missions…</source>
        <translation>E&amp;xportar misiones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the missions shown to an Excel workbook or a CSV file</source>
        <translation>Exportar las misiones mostradas a un libro de Excel o a un archivo CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assessments…</source>
        <translation>E&amp;valuaciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the mission on its assessments (checklists)</source>
        <translation>Abrir la misión en sus evaluaciones (listas de verificación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report…</source>
        <translation>Exportar in&amp;forme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the mission report of the selected mission as a PDF</source>
        <translation>Escribir en PDF el informe de la misión seleccionada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Progress report…</source>
        <translation>Informe de a&amp;vance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the Capacity Building Progress Report as a PDF</source>
        <translation>Escribir en PDF el Informe de avance del fomento de capacidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Letterhead for reports…</source>
        <translation>&amp;Membrete de los informes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation, address, classification and logo printed on the reports</source>
        <translation>Organización, dirección, clasificación y logotipo impresos en los informes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>Copias de se&amp;guridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copies of your data: make one now, or restore one</source>
        <translation>Las copias de sus datos: haga una ahora o restaure una</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;tect this data folder…</source>
        <translation>&amp;Proteger esta carpeta de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt this data folder, so that a lost laptop does not give it away</source>
        <translation>Cifrar esta carpeta de datos, para que una computadora perdida no la revele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hange recovery passphrase…</source>
        <translation>&amp;Cambiar la frase de recuperación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new recovery passphrase for this encrypted data folder</source>
        <translation>Elegir una nueva frase de recuperación para esta carpeta de datos cifrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export e&amp;verything…</source>
        <translation>Exportar &amp;todo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every record, evidence file and report into a folder, readable without the app</source>
        <translation>Escribir cada registro, archivo de evidencia e informe en una carpeta, legible sin la aplicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign i&amp;n to HQ…</source>
        <translation>&amp;Iniciar sesión en la Sede…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to WCO headquarters to sync</source>
        <translation>Iniciar sesión en la Sede de la OMA para sincronizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your changes to HQ and receive theirs</source>
        <translation>Enviar sus cambios a la Sede y recibir los de ella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync &amp;automatically when HQ can be reached</source>
        <translation>Sincronizar &amp;automáticamente cuando la Sede esté al alcance</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+602"/>
        <source>Sync &amp;inbox…</source>
        <translation>&amp;Bandeja de sincronización…</translation>
    </message>
    <message>
        <location line="-601"/>
        <source>Fields HQ and you both changed, records HQ refused and records from HQ that wait</source>
        <translation>Campos que usted y la Sede modificaron, registros que la Sede rechazó y registros de la Sede en espera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;rchived missions…</source>
        <translation>Misiones a&amp;rchivadas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions you were taken off the team of, kept read-only on this laptop</source>
        <translation>Misiones de cuyo equipo fue retirado, conservadas en solo lectura en esta computadora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the HQ session on this computer; your work stays here</source>
        <translation>Cerrar la sesión de la Sede en esta computadora; su trabajo queda aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find missions</source>
        <translation>&amp;Buscar misiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to narrow the mission list</source>
        <translation>Escriba para acotar la lista de misiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search everything…</source>
        <translation>Buscar en t&amp;odo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a word in every mission: objectives, locations, agendas, notes, findings and actions</source>
        <translation>Buscar una palabra en todas las misiones: objetivos, lugares, programas, notas, constataciones y acciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cl&amp;ear filters</source>
        <translation>Borrar &amp;filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every mission again</source>
        <translation>Volver a mostrar todas las misiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Missions</source>
        <translation>&amp;Misiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xperts</source>
        <translation>E&amp;xpertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team &amp;calendar</source>
        <translation>&amp;Calendario del equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit Mercator Desktop</source>
        <translation>Salir de Mercator Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Mercator Desktop</source>
        <translation>&amp;Acerca de Mercator Desktop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mission</source>
        <translation>&amp;Misión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mission actions</source>
        <translation>Acciones de la misión</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+108"/>
        <location line="+622"/>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <location line="-682"/>
        <source>Plan your first mission</source>
        <translation>Planifique su primera misión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import missions from a spreadsheet…</source>
        <translation>Importar misiones desde una hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mission matches these filters.</source>
        <translation>Ninguna misión coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+61"/>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The trash: missions you deleted. Select one and choose Restore (Ctrl+R) to bring it back.</source>
        <translation>La papelera: misiones que usted eliminó. Seleccione una y elija Restaurar (Ctrl+R) para recuperarla.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team calendar</source>
        <translation>Calendario del equipo</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Loading the missions…</source>
        <translation>Cargando las misiones…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot load the missions</source>
        <translation>No se pueden cargar las misiones</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions you delete wait here until you restore them.</source>
        <translation>Las misiones que elimina esperan aquí hasta que las restaure.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No missions yet.</source>
        <translation>Todavía no hay misiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan your first mission, or import the missions you keep in a spreadsheet (Excel, OpenDocument or CSV). Everything stays on this computer until you sync.</source>
        <translation>Planifique su primera misión, o importe las misiones que lleva en una hoja de cálculo (Excel, OpenDocument o CSV). Todo queda en esta computadora hasta que sincronice.</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>Sync &amp;inbox (%n)…</source>
        <translation>
            <numerusform>&amp;Bandeja de sincronización (%n)…</numerusform>
            <numerusform>&amp;Bandeja de sincronización (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot open the mission</source>
        <translation>No se puede abrir la misión</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New mission from {code}: give it its dates, then save.</source>
        <translation>Nueva misión a partir de {code}: indique sus fechas y guárdela.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Mission is being edited</source>
        <translation>La misión se está editando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} has unsaved changes in its window.</source>
        <translation>{code} tiene cambios sin guardar en su ventana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save or close that window first, then delete the mission.</source>
        <translation>Primero guarde o cierre esa ventana y luego elimine la misión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot delete the mission</source>
        <translation>No se puede eliminar la misión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} moved to the trash. Show the trash (Ctrl+Shift+T) to restore it.</source>
        <translation>{code} se envió a la papelera. Muestre la papelera (Ctrl+Mayús+T) para restaurarla.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot restore the mission</source>
        <translation>No se puede restaurar la misión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} is back in the mission list.</source>
        <translation>{code} volvió a la lista de misiones.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import missions</source>
        <translation>Importar misiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv);;Mission files (*.json);;All files (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.xls *.ods *.csv);;Archivos de misiones (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check what {name} holds, then import it.</source>
        <translation>Compruebe lo que contiene {name} y luego impórtelo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+97"/>
        <source>Nothing was imported from {name}.</source>
        <translation>No se importó nada de {name}.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+1"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{total} missions imported from {name}: {created} new, {updated} updated.</source>
        <translation>{total} misiones importadas de {name}: {created} nuevas, {updated} actualizadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} of them came back from the trash.</source>
        <translation>{n} de ellas volvieron de la papelera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New experts in the directory: {names}.</source>
        <translation>Nuevos expertos en el directorio: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check:</source>
        <translation>Compruebe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the import to finish…</source>
        <translation>Esperando a que termine la importación…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importación cancelada; no se importó nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and {n} more (see the details)</source>
        <translation>… y {n} más (vea los detalles)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nothing was imported: {name} has {n} problems to fix.</source>
        <translation>No se importó nada: {name} tiene {n} problemas que corregir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: {name} has a problem to fix.</source>
        <translation>No se importó nada: {name} tiene un problema que corregir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the file in your spreadsheet and import it again.</source>
        <translation>Corrija el archivo en su hoja de cálculo y vuelva a importarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the missions shown</source>
        <translation>Exportar las misiones mostradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting to {name}…</source>
        <translation>Exportando a {name}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} missions exported to {path}.</source>
        <translation>{count} misiones exportadas a {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dashboard selection is not part of an export; the other filters are.</source>
        <translation>La selección del tablero no forma parte de una exportación; los demás filtros sí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&lt;h3&gt;Mercator Desktop {version}&lt;/h3&gt;&lt;p&gt;The offline workbench of WCO accredited experts: plan missions, fill the GEOAT and integrity checklists, write the mission report and sync with WCO headquarters when a connection appears.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mercator Desktop {version}&lt;/h3&gt;&lt;p&gt;El banco de trabajo sin conexión de los expertos acreditados por la OMA: planificar misiones, completar las listas de verificación GEOAT y de integridad, redactar el informe de misión y sincronizar con la Sede de la OMA cuando haya conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Your data: {folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sus datos: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Mercator Desktop</source>
        <translation>Acerca de Mercator Desktop</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These windows have unsaved changes:</source>
        <translation>Estas ventanas tienen cambios sin guardar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before quitting?</source>
        <translation>¿Guardarlos antes de salir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save all</source>
        <translation>&amp;Guardar todo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discard all</source>
        <translation>&amp;Descartar todo</translation>
    </message>
</context>
<context>
    <name>MissionAssessmentsPanel</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_assessments.py" line="+388"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop group</source>
        <translation>Grupo de taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Percentage of the maximum over the answered questions, weights applied</source>
        <translation>Porcentaje del máximo sobre las preguntas respondidas, con ponderación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessments of the mission</source>
        <translation>Evaluaciones de la misión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No assessments yet.</source>
        <translation>Todavía no hay evaluaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the checklist that fits the mission (GEOAT, integrity); for a workshop with several groups, one per group.</source>
        <translation>Inicie la lista de verificación adecuada para la misión (GEOAT, integridad); para un taller con varios grupos, una por grupo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an assessment…</source>
        <translation>Iniciar una evaluación…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The checklists filled for this mission — one per workshop group if you like. Answers are saved as you give them; what you do on this page is stored at once and is not part of the mission&apos;s Save and Undo.</source>
        <translation>Las listas de verificación completadas para esta misión, una por grupo de taller si lo desea. Las respuestas se guardan a medida que las da; lo que hace en esta página se almacena de inmediato y no forma parte de Guardar y Deshacer de la misión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the new mission first (Ctrl+S); then you can start its assessments here.</source>
        <translation>Primero guarde la nueva misión (Ctrl+S); luego podrá iniciar aquí sus evaluaciones.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessments in the trash. Select one and click Restore to bring it back.</source>
        <translation>Evaluaciones en la papelera. Seleccione una y haga clic en Restaurar para recuperarla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the filling screen (Enter)</source>
        <translation>Abrir la pantalla de llenado (Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rena&amp;me…</source>
        <translation>Cambiar el no&amp;mbre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to &amp;trash</source>
        <translation>Enviar a la &amp;papelera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected assessment to the trash (Delete)</source>
        <translation>Enviar la evaluación seleccionada a la papelera (Supr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;how trash</source>
        <translation>Mos&amp;trar la papelera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest&amp;ore</source>
        <translation>Resta&amp;urar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{done} answers</source>
        <translation>{done} respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Validated by {name} on {day}; locked. Open it and use Reopen… (with a reason) to change it.</source>
        <translation>Validada por {name} el {day}; bloqueada. Ábrala y use Reabrir… (indicando un motivo) para modificarla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} questions not answered yet.</source>
        <translation>{n} preguntas todavía sin responder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every question is answered.</source>
        <translation>Todas las preguntas están respondidas.</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/agenda.py" line="+66"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+228"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Opening with the Commissioner</source>
        <translation>p. ej. Apertura con el Director General</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who attends</source>
        <translation>Quién asiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions planned yet.</source>
        <translation>Todavía no hay sesiones previstas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the day and the activity below, then Add session.</source>
        <translation>Indique el día y la actividad abajo y luego Añadir sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the first session</source>
        <translation>Prever la primera sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add session</source>
        <translation>&amp;Agregar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update session</source>
        <translation>Act&amp;ualizar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move u&amp;p</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier in the day (Alt+Up)</source>
        <translation>Antes en el día (Alt+Arriba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later in the day (Alt+Down)</source>
        <translation>Después en el día (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Da&amp;y</source>
        <translation>Dí&amp;a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;rom</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="+76"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="+7"/>
        <source>&amp;Location</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>W&amp;ith</source>
        <translation>&amp;Con</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Sessions fall within the mission dates, {start} to {end}. Sessions of a day keep the order you give them (Alt+Up / Alt+Down).</source>
        <translation>Las sesiones caen dentro de las fechas de la misión, del {start} al {end}. Las sesiones de un mismo día conservan el orden que usted les da (Alt+Arriba / Alt+Abajo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mission is ongoing: sessions fall on or after its start, {start}. Sessions of a day keep the order you give them (Alt+Up / Alt+Down).</source>
        <translation>La misión está en curso: las sesiones caen en su inicio, {start}, o después. Las sesiones de un día conservan el orden que usted les da (Alt+Arriba / Alt+Abajo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the mission its dates (Overview) to plan the days.</source>
        <translation>Indique las fechas de la misión (Datos generales) para planificar los días.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>give the day of the session</source>
        <translation>indique el día de la sesión</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/conflicts.py" line="+126"/>
        <source>Not saved: changed elsewhere meanwhile — choose what to keep, then save again</source>
        <translation>Sin guardar: se modificó en otro lugar mientras tanto; elija qué conservar y vuelva a guardar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>changed elsewhere meanwhile too; saving again keeps what you see here</source>
        <translation>también se modificó en otro lugar mientras tanto; al volver a guardar se conserva lo que ve aquí</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/fields.py" line="+235"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. JM-2025-INTD-01</source>
        <translation>p. ej. JM-2025-INTD-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a type…</source>
        <translation>Elija un tipo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search a country</source>
        <translation>Escriba para buscar un país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>administration</source>
        <translation>administración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>location</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City, venue</source>
        <translation>Ciudad, sede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remote</source>
        <translation>a distancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote (online)</source>
        <translation>A distancia (en línea)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request</source>
        <translation>solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter reference</source>
        <translation>Referencia de la carta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request date</source>
        <translation>fecha de la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>topics</source>
        <translation>temas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>objectives</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the administration asked for and what the mission should achieve</source>
        <translation>Lo que pidió la administración aduanera y lo que la misión debe lograr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>women</source>
        <translation>mujeres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>men</source>
        <translation>hombres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logistics notes</source>
        <translation>notas de logística</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flights, visas, hotel, venue, interpreters, equipment, security briefings…</source>
        <translation>Vuelos, visas, hotel, sede, intérpretes, equipos, sesiones informativas de seguridad…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>executive summary</source>
        <translation>resumen ejecutivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the mission found and what matters most for the administration</source>
        <translation>Lo que la misión constató y lo que más importa para la administración</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keep mine</source>
        <translation>Conservar lo mío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take theirs</source>
        <translation>Tomar lo de ellos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed elsewhere to «{value}»</source>
        <translation>Modificado en otro lugar a «{value}»</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/links.py" line="+53"/>
        <source>Find an article, e.g. 7.6 or enquiry</source>
        <translation>Buscar un artículo, p. ej. 7.6 o consulta</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>WTO Trade Facilitation Agreement — articles</source>
        <translation>Acuerdo sobre Facilitación del Comercio de la OMC — artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised Arusha Declaration — factors</source>
        <translation>Declaración de Arusha revisada — factores</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="-150"/>
        <source>GEOAT principles</source>
        <translation>Principios GEOAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} ({n} chosen)</source>
        <translation>{title} ({n} elegidos)</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/logistics.py" line="+23"/>
        <source>&amp;Notes on logistics</source>
        <translation>&amp;Notas de logística</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="-46"/>
        <source>Only the moves the mission lifecycle allows from the saved status are offered.</source>
        <translation>Solo se ofrecen los cambios que el ciclo de vida de la misión permite desde el estado guardado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the customs administration of this country to the list</source>
        <translation>Agregar a la lista la administración aduanera de este país</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cou&amp;ntry</source>
        <translation>Pa&amp;ís</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministración</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rogramme</source>
        <translation>P&amp;rograma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;quest</source>
        <translation>Soli&amp;citud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Objectives</source>
        <translation>&amp;Objetivos</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{status} (now)</source>
        <translation>{status} (actual)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (now)</source>
        <translation> (actual)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>WCO region: {region}</source>
        <translation>Región de la OMA: {region}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New administration</source>
        <translation>Nueva administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the customs administration of {country}:</source>
        <translation>Nombre de la administración aduanera de {country}:</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/participants.py" line="+38"/>
        <source>Total = women + men</source>
        <translation>Total = mujeres + hombres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Women</source>
        <translation>M&amp;ujeres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Men</source>
        <translation>&amp;Hombres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Total</source>
        <translation>&amp;Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+150"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts of the workshop or meeting participants; leave empty when not known. The total may include people who did not say.</source>
        <translation>Cantidad de participantes del taller o de la reunión; deje vacío si no se conoce. El total puede incluir a personas que no lo indicaron.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No counterparts yet.</source>
        <translation>Todavía no hay contrapartes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people of the administration the team works with: type a name below and add them.</source>
        <translation>Las personas de la administración con las que trabaja el equipo: escriba un nombre abajo y añádalas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit, e.g. Internal Affairs</source>
        <translation>Unidad, p. ej. Asuntos Internos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail or phone</source>
        <translation>Correo electrónico o teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s name</source>
        <translation>Nombre de la contraparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s unit</source>
        <translation>Unidad de la contraparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s e-mail or phone</source>
        <translation>Correo electrónico o teléfono de la contraparte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Beneficiary counterparts</source>
        <translation>Contrapartes de la administración beneficiaria</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A&amp;dd counterpart</source>
        <translation>A&amp;gregar contraparte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/problems.py" line="+96"/>
        <source>Not saved: 1 problem to correct</source>
        <translation>Sin guardar: 1 problema que corregir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: {n} problems to correct</source>
        <translation>Sin guardar: {n} problemas que corregir</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/report.py" line="+49"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+207"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report is made from the saved mission. Save your changes first?</source>
        <translation>El informe se elabora a partir de la misión guardada. ¿Guardar primero sus cambios?</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Save and export</source>
        <translation>Guardar y exportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save and issue</source>
        <translation>Guardar y emitir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/saving.py" line="+61"/>
        <source>choose the type of mission</source>
        <translation>elija el tipo de misión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the country</source>
        <translation>elija el país</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The mission was not saved</source>
        <translation>La misión no se guardó</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double booking</source>
        <translation>Reserva doble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is already booked at the same time on:
{missions}</source>
        <translation>{name} ya está reservado en las mismas fechas en:
{missions}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t save</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mission with the double booking?</source>
        <translation>¿Guardar esta misión con la reserva doble?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not saved: {name} is booked on another mission at the same time; change the dates or the team, or save again and accept the double booking</source>
        <translation>sin guardar: {name} está reservado en otra misión en las mismas fechas; cambie las fechas o el equipo, o vuelva a guardar y acepte la reserva doble</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved at {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/team.py" line="+40"/>
        <source>Lead expert</source>
        <translation>Experto principal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co-facilitator</source>
        <translation>Cofacilitador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WCO staff</source>
        <translation>Personal de la OMA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type to search the directory</source>
        <translation>Escriba para buscar en el directorio</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+162"/>
        <source>&amp;Add to team</source>
        <translation>&amp;Agregar al equipo</translation>
    </message>
    <message>
        <location line="-155"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="-208"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one on the team yet.</source>
        <translation>Todavía no hay nadie en el equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name in Expert above, choose the role, then Add to team. The lead expert comes first in the report.</source>
        <translation>Escriba un nombre en Experto arriba, elija la función y luego Añadir al equipo. El experto principal figura primero en el informe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the first expert</source>
        <translation>Elegir el primer experto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove from team</source>
        <translation>&amp;Quitar del equipo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E&amp;xpert</source>
        <translation>E&amp;xperto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ole</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick experts from the directory and give each a role. A mission past &apos;planned&apos; needs a lead expert.</source>
        <translation>Elija expertos del directorio y asigne una función a cada uno. Una misión que ha pasado de &apos;planificada&apos; necesita un experto principal.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>choose an expert from the directory</source>
        <translation>elija un experto del directorio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is already booked at the same time: {missions}. You will be asked to confirm when you save.</source>
        <translation>{name} ya está reservado en las mismas fechas: {missions}. Se le pedirá confirmación al guardar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Set role</source>
        <translation>A&amp;signar función</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="-151"/>
        <source>TFA articles</source>
        <translation>Artículos del AFC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arusha factors</source>
        <translation>Factores de Arusha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counterparts</source>
        <translation>contrapartes</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+102"/>
        <source>Save the mission (Ctrl+S)</source>
        <translation>Guardar la misión (Ctrl+S)</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the mission report as a PDF (Ctrl+Shift+E)</source>
        <translation>Escribir el informe de misión en PDF (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issue report…</source>
        <translation>E&amp;mitir el informe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freeze the mission report as a new version, kept and sent to HQ</source>
        <translation>Congelar el informe de misión en una nueva versión, conservada y enviada a la sede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editing</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Overview</source>
        <translation>Datos generales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics</source>
        <translation>Logística</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings and actions</source>
        <translation>Hallazgos y acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued reports</source>
        <translation>Informes emitidos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+13"/>
        <location line="+55"/>
        <source>New mission</source>
        <translation>Nueva misión</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from {start}, ongoing</source>
        <translation>desde el {start}, en curso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}[*] — Mercator Desktop</source>
        <translation>{name}[*] — Mercator Desktop</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the new mission</source>
        <translation>la nueva misión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the changes to {name} before closing?</source>
        <translation>¿Guardar los cambios de {name} antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/summary.py" line="+25"/>
        <source>&amp;Executive summary</source>
        <translation>&amp;Resumen ejecutivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key conclusions of the mission, in a few paragraphs: they open the mission report, before the details. Leave a blank line between paragraphs.</source>
        <translation>Las conclusiones principales de la misión, en unos pocos párrafos: abren el informe de misión, antes de los detalles. Deje una línea en blanco entre párrafos.</translation>
    </message>
</context>
<context>
    <name>MissionFindingsPanel</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="+347"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths and gaps found, each linked to the factor, principle or article it concerns. The report prints them in this order.</source>
        <translation>Fortalezas y deficiencias encontradas, cada una vinculada al factor, principio o artículo al que se refiere. El informe las imprime en este orden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add finding…</source>
        <translation>&amp;Agregar hallazgo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No findings yet.</source>
        <translation>Todavía no hay constataciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers finding</source>
        <translation>Responde al hallazgo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the administration should do, most important first.</source>
        <translation>Lo que la administración aduanera debería hacer, empezando por lo más importante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add recommendation…</source>
        <translation>&amp;Agregar recomendación…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No recommendations yet.</source>
        <translation>Todavía no hay recomendaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator: {text}</source>
        <translation>Indicador: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible unit</source>
        <translation>Unidad responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeframe</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The action plan agreed with the administration. Select an action to see and add its progress updates.</source>
        <translation>El plan de acción acordado con la administración aduanera. Seleccione una acción para ver y agregar sus actualizaciones de avance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add action…</source>
        <translation>&amp;Agregar acción…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action plan yet.</source>
        <translation>Todavía no hay plan de acción.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+151"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Save the new mission first (Ctrl+S); then you can record its findings, recommendations and action plan here.</source>
        <translation>Primero guarde la nueva misión (Ctrl+S); luego podrá registrar aquí sus hallazgos, recomendaciones y plan de acción.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stored at once: what you do on this page is not part of the mission&apos;s Save and Undo.</source>
        <translation>Se almacena de inmediato: lo que hace en esta página no forma parte de Guardar y Deshacer de la misión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add pro&amp;gress update…</source>
        <translation>Agregar actualización de a&amp;vance…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove &amp;update</source>
        <translation>Quitar la act&amp;ualización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected progress update to the trash (a correction)</source>
        <translation>Enviar la actualización de avance seleccionada a la papelera (una corrección)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+169"/>
        <source>Progress of the selected action</source>
        <translation>Avance de la acción seleccionada</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>(a finding in the trash)</source>
        <translation>(un hallazgo en la papelera)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Progress of: {activity}</source>
        <translation>Avance de: {activity}</translation>
    </message>
</context>
<context>
    <name>MissionReportDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/report_actions.py" line="+267"/>
        <source>Export the mission report</source>
        <translation>Exportar el informe de misión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission report of %1 — %2</source>
        <translation>Informe de misión de %1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (.docx)</source>
        <translation>Documento Word (.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of issue</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;issue:</source>
        <translation>Fecha de em&amp;isión:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the results of the assessments</source>
        <translation>los resultados de las evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the findings</source>
        <translation>las constataciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the action plan</source>
        <translation>el plan de acción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export a Final report?</source>
        <translation>¿Exportar un informe final?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mission&apos;s report is Final, but these parts are empty: %1. Export it as Final anyway?</source>
        <translation>El informe de la misión es final, pero estas partes están vacías: %1. ¿Exportarlo como final de todos modos?</translation>
    </message>
</context>
<context>
    <name>MissionTableModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_model.py" line="+223"/>
        <source>Code</source>
        <extracomment>the folded text the free-text filter looks in; None: made when a filter first needs it (``MissionTableModel``)</extracomment>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead expert</source>
        <translation>Experto principal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet sent</source>
        <translation>Todavía no enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to send</source>
        <translation>Cambios por enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced</source>
        <translation>Sincronizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No lead expert yet</source>
        <translation>Todavía sin experto principal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From {start}, no end date yet</source>
        <translation>Desde el {start}, todavía sin fecha de fin</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_assessments.py" line="-498"/>
        <source>New assessment</source>
        <extracomment>open filling screens, by assessment id (one window per assessment)</extracomment>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a checklist from &amp;XLSForm…</source>
        <translation>Agregar una lista de verificación desde &amp;XLSForm…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install a checklist written as an XLSForm workbook (.xlsx with the sheets survey, choices and settings), e.g. the official wording sent by HQ</source>
        <translation>Instalar una lista de verificación redactada como libro XLSForm (.xlsx con las hojas survey, choices y settings), p. ej. el texto oficial enviado por la Sede</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Senior management (optional)</source>
        <translation>p. ej. Alta dirección (opcional)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>… and {n} more (see the log file)</source>
        <translation>… y {n} más (vea el archivo de registro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some checklist files could not be read and are not offered here; the other checklists work normally. Ask HQ for a corrected file.</source>
        <translation>Algunos archivos de listas de verificación no se pudieron leer y no se ofrecen aquí; las demás listas funcionan con normalidad. Pida a la Sede un archivo corregido.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Checklist:</source>
        <translation>&amp;Lista de verificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop &amp;group:</source>
        <translation>&amp;Grupo de taller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start and open</source>
        <translation>&amp;Empezar y abrir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a checklist for this mission. For a workshop with several groups, start one per group and name the group.</source>
        <translation>Empiece una lista de verificación para esta misión. En un taller con varios grupos, empiece una por grupo y asigne un nombre al grupo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no checklist can be started: none could be read</source>
        <translation>no se puede empezar ninguna lista de verificación: no se pudo leer ninguna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a checklist from XLSForm</source>
        <translation>Agregar una lista de verificación desde XLSForm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSForm workbooks (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Libros XLSForm (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>… and {n} more (see Show Details)</source>
        <translation>… y {n} más (vea Mostrar detalles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Checklist not added</source>
        <translation>Lista de verificación no agregada</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{file} cannot be used as a checklist; nothing was added. Correct these places in the workbook and add it again:</source>
        <translation>{file} no se puede usar como lista de verificación; no se agregó nada. Corrija estos lugares del libro y vuelva a agregarlo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added</source>
        <translation>agregada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>already installed</source>
        <translation>ya instalada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n} questions · version {version}</source>
        <translation>{n} preguntas · versión {version}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>choose a checklist</source>
        <translation>elija una lista de verificación</translation>
    </message>
</context>
<context>
    <name>PassphraseCheck</name>
    <message>
        <location filename="../../mercator_desktop/ui/protection_dialogs.py" line="+65"/>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de recuperación…</translation>
    </message>
</context>
<context>
    <name>PersonNameDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/person_dialog.py" line="+29"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mercator Desktop records who made each change, in the history of every answer and in reports. Enter your name as your colleagues know it. When you sign in to HQ, your HQ user name is recorded instead.</source>
        <translation>Mercator Desktop registra quién hizo cada cambio, en el historial de cada respuesta y en los informes. Escriba su nombre tal como lo conocen sus colegas. Cuando inicie sesión en la Sede, se registrará en su lugar su nombre de usuario de la Sede.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Ana Pérez</source>
        <translation>p. ej. Ana Pérez</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="-501"/>
        <source>Progress update</source>
        <translation>Actualización de avance</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What was done, what is next</source>
        <translation>Lo que se hizo y lo que sigue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (&amp;percent):</source>
        <translation>Hecho (&amp;porcentaje):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the date of the update</source>
        <translation>indique la fecha de la actualización</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/report_actions.py" line="+26"/>
        <source>Capacity Building Progress Report</source>
        <translation>Informe de avance del fomento de capacidades</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period from</source>
        <translation>Período desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period to</source>
        <translation>Período hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part II since</source>
        <translation>Parte II desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions &amp;since:</source>
        <translation>Misiones &amp;desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also save the tables as CSV files (in a folder beside the PDF)</source>
        <translation>Guardar también los cuadros como archivos CSV (en una carpeta junto al PDF)</translation>
    </message>
</context>
<context>
    <name>ProtectFolder</name>
    <message>
        <location filename="../../mercator_desktop/ui/protect_folder.py" line="+59"/>
        <source>You can protect this folder later from the File menu.</source>
        <translation>Puede proteger esta carpeta más tarde desde el menú Archivo.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+15"/>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+13"/>
        <source>Protect this data folder</source>
        <translation>Proteger esta carpeta de datos</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This data folder is encrypted now.</source>
        <translation>Esta carpeta de datos ya está cifrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data is protected</source>
        <translation>Sus datos están protegidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data folder is encrypted now, with its backups and evidence files.</source>
        <translation>Esta carpeta de datos ya está cifrada, con sus copias de seguridad y sus archivos de evidencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the recovery passphrase somewhere safe: without it, this folder cannot be opened on another computer.</source>
        <translation>Guarde la frase de recuperación en un lugar seguro: sin ella, esta carpeta no se puede abrir en otra computadora.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data folder could not be encrypted; it was opened again as it was.</source>
        <translation>No se pudo cifrar la carpeta de datos; se volvió a abrir tal como estaba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details were written to the log file.</source>
        <translation>Los detalles se escribieron en el archivo de registro.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A window has changes that cannot be saved yet.</source>
        <translation>Una ventana tiene cambios que todavía no se pueden guardar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct them, or close the window, then protect the folder again. Nothing was changed.</source>
        <translation>Corríjalos o cierre la ventana y vuelva a proteger la carpeta. No se modificó nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypting your data… A large folder takes a few minutes.
This cannot be cancelled. Should the computer stop meanwhile, nothing is lost: the next start finishes the work.</source>
        <translation>Cifrando sus datos… Una carpeta grande tarda unos minutos.
Esto no se puede cancelar. Si la computadora se detiene mientras tanto, no se pierde nada: el próximo inicio termina el trabajo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The recovery passphrase was changed.</source>
        <translation>Se cambió la frase de recuperación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery passphrase changed</source>
        <translation>Frase de recuperación cambiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new recovery passphrase opens this data folder from now on; the old one no longer does.</source>
        <translation>La nueva frase de recuperación abre esta carpeta de datos a partir de ahora; la anterior ya no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the new passphrase somewhere safe.</source>
        <translation>Guarde la nueva frase en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>ProtectNotice</name>
    <message>
        <location filename="../../mercator_desktop/ui/protect_notice.py" line="+24"/>
        <source>This data folder is not encrypted</source>
        <translation>Esta carpeta de datos no está cifrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This data folder is not encrypted: anyone who gets hold of this laptop can read your missions, answers and evidence files.</source>
        <translation>Esta carpeta de datos no está cifrada: cualquiera que se apodere de esta computadora portátil puede leer sus misiones, respuestas y archivos de evidencia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protect this folder…</source>
        <translation>Proteger esta carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_card.py" line="+341"/>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Note on question {number}</source>
        <translation>Nota sobre la pregunta {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: what you saw, who said it, which document…</source>
        <translation>Nota: lo que vio, quién lo dijo, qué documento…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+195"/>
        <source>Evidence…</source>
        <translation>Evidencias…</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Files and notes behind this answer (Ctrl+E)</source>
        <translation>Archivos y notas que respaldan esta respuesta (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who changed this answer, when, and from what (Ctrl+H)</source>
        <translation>Quién cambió esta respuesta, cuándo y desde qué valor (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+184"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+184"/>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Key {n} or {letter}</source>
        <translation>Tecla {n} o {letter}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key {n}</source>
        <translation>Tecla {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your answer…</source>
        <translation>Su respuesta…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} (key −)</source>
        <translation>{label} (tecla −)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer to question {number}</source>
        <translation>Respuesta a la pregunta {number}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Evidence ({n})…</source>
        <translation>Evidencias ({n})…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="-118"/>
        <source>Edit the recommendation</source>
        <translation>Editar la recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recommendation</source>
        <translation>Nueva recomendación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no finding)</source>
        <translation>(sin hallazgo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the administration should do</source>
        <translation>Lo que la administración aduanera debería hacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers &amp;finding:</source>
        <translation>Responde al &amp;hallazgo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location line="+147"/>
        <source>In the trash. Select one and click Restore to bring it back.</source>
        <translation>En la papelera. Seleccione uno y haga clic en Restaurar para recuperarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected one (Enter)</source>
        <translation>Editar el seleccionado (Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move u&amp;p</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier in the report (Alt+Up)</source>
        <translation>Antes en el informe (Alt+Arriba)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later in the report (Alt+Down)</source>
        <translation>Después en el informe (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;trash</source>
        <translation>Enviar a la &amp;papelera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected one to the trash (Delete)</source>
        <translation>Enviar el seleccionado a la papelera (Supr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how trash</source>
        <translation>Mos&amp;trar la papelera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest&amp;ore</source>
        <translation>Resta&amp;urar</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
</context>
<context>
    <name>RenameAssessmentDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_assessments.py" line="+25"/>
        <source>Rename the assessment</source>
        <translation>Cambiar el nombre de la evaluación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no group)</source>
        <translation>(sin grupo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop &amp;group:</source>
        <translation>&amp;Grupo de taller:</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/protection_dialogs.py" line="+102"/>
        <source>Protect your data</source>
        <translation>Proteja sus datos</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Mercator Desktop encrypts your missions, answers, findings and evidence files on this computer, so that a lost or stolen laptop does not give them away.

Choose a recovery passphrase. You do not need it every day: this computer keeps the key in its keyring. You need it to open your data on a new laptop or after the keyring was reset. Write it down and keep it somewhere safe: without it, nobody — not even WCO — can open your data elsewhere.</source>
        <translation>Mercator Desktop cifra sus misiones, respuestas, constataciones y archivos de evidencia en este ordenador, para que un portátil perdido o robado no los revele.

Elija una frase de recuperación. No la necesita a diario: este ordenador guarda la clave en su llavero. La necesita para abrir sus datos en un portátil nuevo o si el llavero se restableció. Anótela y guárdela en un lugar seguro: sin ella nadie, ni siquiera la OMA, puede abrir sus datos en otro lugar.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Recovery passphrase:</source>
        <translation>Frase de recuperación:</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Current passphrase:</source>
        <translation>Frase actual:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Leave it empty: this computer&apos;s keyring holds the key, which proves the data is yours.</source>
        <translation>¿La olvidó? Deje el campo vacío: el llavero de esta computadora guarda la clave, lo que demuestra que los datos son suyos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New recovery passphrase:</source>
        <translation>Nueva frase de recuperación:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type it again:</source>
        <translation>Escríbala de nuevo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Protect my data</source>
        <translation>Proteger mis datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect this data folder</source>
        <translation>Proteger esta carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect this folder</source>
        <translation>Proteger esta carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Change the recovery passphrase</source>
        <translation>Cambiar la frase de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This data folder is not encrypted: anyone who gets hold of this laptop can read your missions, answers, findings and evidence files. Mercator Desktop can encrypt it now, with its backups.

Choose a recovery passphrase. You do not need it every day: this computer keeps the key in its keyring. You need it to open your data on a new laptop or after the keyring was reset. Write it down and keep it somewhere safe.

Open mission and assessment windows are saved and closed first. A large folder takes a few minutes; the encryption cannot be cancelled once started.</source>
        <translation>Esta carpeta de datos no está cifrada: cualquiera que se apodere de esta computadora portátil puede leer sus misiones, respuestas, hallazgos y archivos de evidencia. Mercator Desktop puede cifrarla ahora, con sus copias de seguridad.

Elija una frase de recuperación. No la necesita todos los días: esta computadora guarda la clave en su llavero. La necesita para abrir sus datos en una computadora nueva o después de que se restableció el llavero. Anótela y guárdela en un lugar seguro.

Las ventanas de misión y de evaluación abiertas se guardan y se cierran antes. Una carpeta grande tarda unos minutos; una vez iniciado, el cifrado no se puede cancelar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new recovery passphrase replaces the old one, which no longer opens this data folder afterwards. Your data is not encrypted again: only the small recovery file changes, so this takes a moment.</source>
        <translation>La nueva frase de recuperación reemplaza a la anterior, que después ya no abre esta carpeta de datos. Sus datos no se cifran de nuevo: solo cambia el pequeño archivo de recuperación, así que tarda un momento.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Strength: weak — use at least {n} characters</source>
        <translation>Solidez: débil — use al menos {n} caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair — a few more words make it stronger</source>
        <translation>Solidez: aceptable — unas palabras más la harán más sólida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong</source>
        <translation>Solidez: sólida</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <source>Enter the current recovery passphrase.</source>
        <translation>Escriba la frase de recuperación actual.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The recovery passphrase needs at least {n} characters; a few words you will remember make a good one.</source>
        <translation>La frase de recuperación necesita al menos {n} caracteres; unas palabras que recuerde bien son una buena elección.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same: type it again.</source>
        <translation>Las dos frases no son iguales: escríbala de nuevo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That is not the current recovery passphrase of this data folder. Nothing was changed; check the spelling and the keyboard layout, then try again.</source>
        <translation>Esa no es la frase de recuperación actual de esta carpeta de datos. No se modificó nada; revise la ortografía y la distribución del teclado e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/sync_dialog.py" line="+36"/>
        <source>Sign in to HQ</source>
        <translation>Iniciar sesión en la Sede</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This computer has no secure password store (keyring) that Mercator Desktop can use, so your sign-in cannot be remembered safely. You can keep it for this session only: you will be asked to sign in again next time. (On Linux, a Secret Service such as GNOME Keyring or KWallet provides one.)</source>
        <translation>Esta computadora no tiene un almacén seguro de contraseñas (llavero) que Mercator Desktop pueda usar, por lo que su inicio de sesión no puede recordarse de forma segura. Puede mantenerlo solo durante esta sesión: la próxima vez se le pedirá que vuelva a iniciar sesión. (En Linux, lo proporciona un servicio Secret Service como GNOME Keyring o KWallet.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep me signed in for this session only</source>
        <translation>Mantener la sesión iniciada solo durante esta sesión</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HQ &amp;address:</source>
        <translation>&amp;Dirección de la Sede:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Too many failed sign-ins. Wait {0} seconds, then try again.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión. Espere {0} segundos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many failed sign-ins: HQ has locked signing in to this account for a while. Try again after {0} (in {1} minutes).</source>
        <translation>Demasiados intentos fallidos de inicio de sesión: la Sede bloqueó por un tiempo el inicio de sesión en esta cuenta. Vuelva a intentarlo después de las {0} (dentro de {1} minutos).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter HQ&apos;s address, your user name and your password.</source>
        <translation>Escriba la dirección de la Sede, su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick “Keep me signed in for this session only” to sign in without a secure keyring.</source>
        <translation>Marque “Mantener la sesión iniciada solo durante esta sesión” para iniciar sesión sin un llavero seguro.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../mercator_desktop/app.py" line="+169"/>
        <source>Opening your data in {folder}…</source>
        <extracomment>the daily backup is looked at a minute after opening, then every hour</extracomment>
        <translation>Abriendo sus datos en {folder}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the demonstration data…</source>
        <translation>Cargando los datos de demostración…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{problem}

Data folder: {folder}</source>
        <translation>{problem}

Carpeta de datos: {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{problem}

Data folder: {folder}

The details were written to the log file:
{log_file}</source>
        <translation>{problem}

Carpeta de datos: {folder}

Los detalles se escribieron en el archivo de registro:
{log_file}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your data is damaged.</source>
        <translation>Sus datos están dañados.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The key this computer&apos;s keyring keeps for this data folder does not open it (the folder may have been replaced by another one). Nothing was changed or overwritten. Enter the folder&apos;s recovery passphrase to open it.</source>
        <translation>La clave que el llavero de este ordenador guarda para esta carpeta de datos no la abre (la carpeta puede haber sido sustituida por otra). No se cambió ni sobrescribió nada. Introduzca la frase de recuperación de la carpeta para abrirla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data is encrypted and this computer does not hold its key (a new laptop, or the keyring was reset). Enter the recovery passphrase you set when the data was protected.</source>
        <translation>Sus datos están cifrados y este ordenador no tiene su clave (un portátil nuevo, o el llavero se restableció). Introduzca la frase de recuperación que estableció al proteger los datos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ready — 1 mission · data in {folder}</source>
        <translation>Listo — 1 misión · datos en {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready — {count} missions · data in {folder}</source>
        <translation>Listo — {count} misiones · datos en {folder}</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+83"/>
        <source>Your data could not be opened.</source>
        <translation>No se pudieron abrir sus datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open your data</source>
        <translation>No se pueden abrir sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mercator Desktop cannot open your data.</source>
        <translation>Mercator Desktop no puede abrir sus datos.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../mercator_desktop/ui/sync_panel.py" line="+124"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Conflicts to settle, records HQ refused and records from HQ that wait</source>
        <translation>Conflictos por resolver, registros que la Sede rechazó y registros de la Sede en espera</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Never synced</source>
        <extracomment>whether HQ answered the last hello (None: not asked yet, or not signed in)</extracomment>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: {0}</source>
        <translation>Última sincronización: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last sync failed: {0}</source>
        <translation>la última sincronización falló: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Sync (%Ln)</source>
        <translation>
            <numerusform>Sincronizar (%Ln)</numerusform>
            <numerusform>Sincronizar (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sync inbox (%n)</source>
        <translation>
            <numerusform>Bandeja de sincronización (%n)</numerusform>
            <numerusform>Bandeja de sincronización (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes not yet sent to HQ</source>
        <translation>
            <numerusform>%n cambio todavía no enviado a la Sede</numerusform>
            <numerusform>%n cambios todavía no enviados a la Sede</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync with HQ</source>
        <translation>Sincronizar con la Sede</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed in to HQ</source>
        <translation>Sin sesión iniciada en la Sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to HQ (Sync menu) to send your work.</source>
        <translation>Inicie sesión en la Sede (menú Sincronización) para enviar su trabajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● HQ online</source>
        <translation>● Sede en línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>○ HQ offline</source>
        <translation>○ Sede sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ: checking…</source>
        <translation>Sede: comprobando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{state} · {user} @ {server}</source>
        <translation>{state} · {user} @ {server}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to HQ at {server} as {user}. HQ answers now.</source>
        <translation>Sesión iniciada en la Sede en {server} como {user}. La Sede responde ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in to HQ at {server} as {user}. HQ does not answer now; your work is kept and sent at the next sync.</source>
        <translation>Sesión iniciada en la Sede en {server} como {user}. La Sede no responde ahora; su trabajo se conserva y se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to HQ at {server} as {user}.</source>
        <translation>Sesión iniciada en la Sede en {server} como {user}.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling after the current batch…</source>
        <translation>Cancelando después del lote en curso…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>now a new device</source>
        <translation>ahora es un nuevo dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data folder was restored from a copy or copied from another laptop; it now syncs as a new device. Nothing was lost.</source>
        <translation>Esta carpeta de datos se restauró desde una copia o se copió de otra computadora; ahora se sincroniza como un nuevo dispositivo. No se perdió nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>HQ restored: %n sent again</source>
        <translation>
            <numerusform>Sede restaurada: %n reenviado</numerusform>
            <numerusform>Sede restaurada: %n reenviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>HQ had been restored from a backup; %n records were sent again so HQ has them.</source>
        <translation>
            <numerusform>La Sede se había restaurado desde una copia de seguridad; se volvió a enviar %n registro para que la Sede lo tenga.</numerusform>
            <numerusform>La Sede se había restaurado desde una copia de seguridad; se volvieron a enviar %n registros para que la Sede los tenga.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n mission(s) archived</source>
        <translation>
            <numerusform>%n misión archivada</numerusform>
            <numerusform>%n misiones archivadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You were taken off the team of %n mission(s); they are kept in Sync → Archived missions.</source>
        <translation>
            <numerusform>Usted fue retirado del equipo de %n misión; se conserva en Sincronización → Misiones archivadas.</numerusform>
            <numerusform>Usted fue retirado del equipo de %n misiones; se conservan en Sincronización → Misiones archivadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synced: up to date with HQ.</source>
        <translation>Sincronizado: al día con la Sede.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent %n change(s) to HQ.</source>
        <translation>
            <numerusform>Se envió %n cambio a la Sede.</numerusform>
            <numerusform>Se enviaron %n cambios a la Sede.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Received %n change(s) from others.</source>
        <translation>
            <numerusform>Se recibió %n cambio de otros.</numerusform>
            <numerusform>Se recibieron %n cambios de otros.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced:</source>
        <translation>Sincronizado:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>After the sync</source>
        <translation>Después de la sincronización</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync cancelled; what HQ confirmed is kept.</source>
        <translation>Sincronización cancelada; lo que la Sede confirmó se conserva.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sync took longer than {0} seconds, so it stopped. Your work is kept; what HQ confirmed stays confirmed, the rest is sent at the next sync.</source>
        <translation>La sincronización tardó más de {0} segundos, así que se detuvo. Su trabajo se conserva; lo que la Sede confirmó sigue confirmado y el resto se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ answered too slowly (more than {0} seconds), so the sync stopped. Your work is kept; what HQ confirmed stays confirmed, the rest is sent at the next sync.</source>
        <translation>La Sede respondió demasiado despacio (más de {0} segundos), así que la sincronización se detuvo. Su trabajo se conserva; lo que la Sede confirmó sigue confirmado y el resto se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Apply HQ&apos;s deletions?</source>
        <translation>¿Aplicar las eliminaciones de la Sede?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Demonstration data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data folder holds the demonstration missions ({0} missions, {1} experts). They stay on this laptop and are never sent to HQ. Remove them now?</source>
        <translation>Su carpeta de datos contiene las misiones de demostración ({0} misiones, {1} expertos). Permanecen en esta computadora y nunca se envían a la Sede. ¿Quitarlas ahora?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removed the demonstration data: {0} missions, {1} experts.</source>
        <translation>Se quitaron los datos de demostración: {0} misiones, {1} expertos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in to HQ as {0}.</source>
        <translation>Sesión iniciada en la Sede como {0}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed out of HQ. Your work stays on this computer.</source>
        <translation>Sesión cerrada en la Sede. Su trabajo permanece en esta computadora.</translation>
    </message>
</context>
<context>
    <name>TeamCalendar</name>
    <message>
        <location filename="../../mercator_desktop/ui/team_calendar.py" line="+84"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period (PgUp)</source>
        <translation>Período anterior (RePág)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the current period (Home)</source>
        <translation>Volver al período actual (Inicio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next period (PgDown)</source>
        <translation>Período siguiente (AvPág)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quarter</source>
        <translation>&amp;Trimestre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team calendar chart</source>
        <translation>Gráfico del calendario del equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missions of each expert as bars; the same bookings are listed under “Show as a list” (L).</source>
        <translation>Misiones de cada experto como barras; las mismas reservas figuran en “Mostrar como lista” (L).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as a &amp;list</source>
        <translation>Mostrar como &amp;lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bookings of the period as a table (L)</source>
        <translation>Las reservas del período en forma de cuadro (L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double booking</source>
        <translation>Reserva doble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>double-booked</source>
        <translation>reserva doble</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bookings of the period</source>
        <translation>Reservas del período</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bar shows here for each expert on the team of a mission with dates in this period. PgUp and PgDown move to the period before or after.</source>
        <translation>Aquí aparece una barra por cada experto del equipo de una misión con fechas en este periodo. RePág y AvPág pasan al periodo anterior o siguiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>No mission in this period.</source>
        <translation>Ninguna misión en este periodo.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>double booking</source>
        <translation>reserva doble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: double-booked {first} – {last}</source>
        <translation>{name}: reserva doble {first} – {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double bookings in this period</source>
        <translation>Reservas dobles en este período</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No mission in this period: every expert is free. PgUp and PgDown move to the period before or after.</source>
        <translation>Ninguna misión en este periodo: todos los expertos están libres. RePág y AvPág pasan al periodo anterior o siguiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No double booking in this period.</source>
        <translation>No hay reservas dobles en este período.</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/editor_models.py" line="-27"/>
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booked elsewhere at that time</source>
        <translation>Reservado en otra parte en esas fechas</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/protection_dialogs.py" line="+17"/>
        <source>Unlock your data</source>
        <translation>Desbloquear sus datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery passphrase:</source>
        <translation>Frase de recuperación:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the recovery passphrase.</source>
        <translation>Introduzca la frase de recuperación.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That recovery passphrase is not the one of this data folder. Nothing was changed; check the spelling and the keyboard layout, then try again.</source>
        <translation>Esa frase de recuperación no es la de esta carpeta de datos. No se cambió nada; revise la ortografía y la distribución del teclado, y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/report_actions.py" line="-269"/>
        <source>File</source>
        <extracomment>the languages the reports are written in (``reports/texts.py``), each named in itself</extracomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give the file to write the report to.</source>
        <translation>Indique el archivo en el que se escribirá el informe.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not written</source>
        <translation>El informe no se escribió</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was written to %1. Open it now?</source>
        <translation>El informe se escribió en %1. ¿Abrirlo ahora?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No font on this computer has these characters; they print as empty boxes:</source>
        <translation>Ningún tipo de letra de este ordenador tiene estos caracteres; se imprimen como cuadros vacíos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report written</source>
        <translation>Informe escrito</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The report was written to %1 (%2 pages). Open it now?</source>
        <translation>El informe se escribió en %1 (%2 páginas). ¿Abrirlo ahora?</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../mercator_desktop/ui/help.py" line="+66"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shortcuts of the windows open now. Open a mission or an assessment to see theirs too.</source>
        <translation>Los atajos de las ventanas abiertas ahora. Abra una misión o una evaluación para ver también los suyos.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log</source>
        <translation>Abrir el &amp;registro</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../mercator_desktop/ui/i18n.py" line="+345"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mercator Desktop will be in {language} the next time it starts.</source>
        <translation>Mercator Desktop estará en {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mercator Desktop will be in {language} after a restart. Restart now?</source>
        <translation>Mercator Desktop estará en {language} después de reiniciarse. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your work is saved first; for a window with unsaved changes you are asked, as when you quit. Later: the new language comes at the next start.</source>
        <translation>Primero se guarda su trabajo; si una ventana tiene cambios sin guardar, se le preguntará, como al salir. Más tarde: el nuevo idioma se aplicará en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../mercator_desktop/ui/labels.py" line="+19"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap</source>
        <translation>Deficiencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strength</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short term</source>
        <translation>Corto plazo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium term</source>
        <translation>Mediano plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long term</source>
        <translation>Largo plazo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started</source>
        <translation>No iniciada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arusha</source>
        <translation>Arusha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GEOAT</source>
        <translation>GEOAT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TFA</source>
        <translation>AFC</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team member</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda session</source>
        <translation>Sesión de la agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterpart</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked instrument</source>
        <translation>Instrumento vinculado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Answer history</source>
        <translation>Historial de respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessment event</source>
        <translation>Evento de la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress update</source>
        <translation>Actualización de avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued report</source>
        <translation>Informe emitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the trash</source>
        <translation>En la papelera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename this mission (its code) and sync again.</source>
        <extracomment>The advice of ``services.sync`` (``REFUSAL_ADVICE`` for records HQ refused, the way out of records waiting from HQ), English there for the command line; listed here so that they are translated. A test checks that every sentence of the service is in this list.</extracomment>
        <translation>Cambie el nombre de esta misión (su código) y vuelva a sincronizar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the assessment (with a reason) to keep your answer, or discard your change to take HQ&apos;s.</source>
        <translation>Reabra la evaluación (indicando un motivo) para conservar su respuesta, o descarte su cambio para tomar el de la Sede.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do: the mission stays on this laptop, read-only. Discard your change to clear this line.</source>
        <translation>No hay nada que hacer: la misión permanece en esta computadora, en solo lectura. Descarte su cambio para borrar esta línea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync again later; if it stays, discard your change or ask HQ.</source>
        <translation>Vuelva a sincronizar más tarde; si persiste, descarte su cambio o consulte a la Sede.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the record (the reason names the field) and sync again.</source>
        <translation>Corrija el registro (el motivo indica el campo) y vuelva a sincronizar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record of this laptop holds the same code or key: rename yours (e.g. the mission code); this one is applied at the next sync.</source>
        <translation>Un registro de esta computadora tiene el mismo código o clave: cambie el nombre del suyo (p. ej. el código de la misión); este se aplicará en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is applied as soon as the record it belongs to arrives (at a next sync).</source>
        <translation>Se aplica en cuanto llegue el registro al que pertenece (en una próxima sincronización).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update Mercator Desktop; it is kept until then.</source>
        <translation>Actualice Mercator Desktop; se conserva hasta entonces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record went to HQ; the file stays on this laptop. Attach a smaller copy (a compressed PDF, a photo) if HQ needs it.</source>
        <translation>El registro se envió a la Sede; el archivo permanece en esta computadora. Adjunte una copia más pequeña (un PDF comprimido, una foto) si la Sede la necesita.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Official wording</source>
        <translation>Texto oficial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft wording, not official</source>
        <translation>Texto provisional, no oficial</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: {licence}</source>
        <translation>Licencia: {licence}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../mercator_desktop/ui/messages.py" line="+131"/>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+44"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../mercator_desktop/ui/operations.py" line="+206"/>
        <source>Could not finish</source>
        <translation>No se pudo terminar</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../mercator_desktop/ui/problem_texts.py" line="+18"/>
        <source>a mission code is required</source>
        <translation>el código de la misión es obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use 2 to 40 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;/&apos;, e.g. JM-2019-INTD-01</source>
        <translation>use de 2 a 40 letras, cifras, «-», «_», «.» o «/», p. ej. JM-2019-INTD-01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a title is required</source>
        <translation>el título es obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the title under {limit} characters</source>
        <translation>el título debe tener menos de {limit} caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end date {end} is before the start date {start}</source>
        <translation>la fecha de fin {end} es anterior a la fecha de inicio {start}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} is outside the mission dates ({start} to {end})</source>
        <translation>el {day} está fuera de las fechas de la misión (del {start} al {end})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the session ends before it starts</source>
        <translation>la sesión termina antes de empezar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no mission with code &apos;{code}&apos;</source>
        <translation>no hay ninguna misión con el código «{code}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a counterpart needs a name</source>
        <translation>una contraparte necesita un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the counterpart no longer exists</source>
        <translation>la contraparte ya no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mission no longer exists (it may be in the trash)</source>
        <translation>la misión ya no existe (quizá esté en la papelera)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agenda item no longer exists</source>
        <translation>la sesión del programa ya no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown mission type &apos;{value}&apos;</source>
        <translation>tipo de misión desconocido: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown topic &apos;{value}&apos;</source>
        <translation>tema desconocido: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status &apos;{value}&apos;</source>
        <translation>estado desconocido: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown country code &apos;{value}&apos;</source>
        <translation>código de país desconocido: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown programme</source>
        <translation>programa desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another mission already has the code &apos;{code}&apos;</source>
        <translation>otra misión ya tiene el código «{code}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mission past &apos;planned&apos; needs a lead expert</source>
        <translation>una misión que ya no está «planificada» necesita un experto principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a mission that is {status} needs a lead expert</source>
        <translation>una misión en estado {status} necesita un experto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown role &apos;{value}&apos;</source>
        <translation>función desconocida: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an expert of the team no longer exists</source>
        <translation>un experto del equipo ya no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mission has only one lead expert</source>
        <translation>una misión tiene un solo experto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an expert is listed twice</source>
        <translation>un experto figura dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown link kind &apos;{value}&apos;</source>
        <translation>tipo de vínculo desconocido: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown code &apos;{value}&apos;</source>
        <translation>código desconocido: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what happens in this session</source>
        <translation>indique qué se hace en esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session {number} ({day}): {message}</source>
        <translation>sesión {number} ({day}): {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counterpart {number} needs a name</source>
        <translation>la contraparte {number} necesita un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mission cannot move from {current} to {target}; possible: {moves}</source>
        <translation>una misión no puede pasar de {current} a {target}; posibles: {moves}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agenda has sessions on {day}, before this start date; move or remove them first</source>
        <translation>el programa tiene sesiones el {day}, antes de esta fecha de inicio; muévalas o elimínelas primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agenda has sessions on {day}, after this end date; move or remove them first</source>
        <translation>el programa tiene sesiones el {day}, después de esta fecha de fin; muévalas o elimínelas primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expert no longer exists (they may be in the trash)</source>
        <translation>el experto ya no existe (quizá esté en la papelera)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a name is required</source>
        <translation>el nombre es obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>«{value}» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos;: use ISO language codes such as en, fr, es</source>
        <translation>«{value}»: use códigos de idioma ISO, como en, fr, es</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown category &apos;{value}&apos;</source>
        <translation>categoría desconocida: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the accreditation date is in the future</source>
        <translation>la fecha de acreditación es futura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an expert named &apos;{name}&apos; exists already</source>
        <translation>ya existe un experto llamado «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the administration needs a name</source>
        <translation>la administración necesita un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{expert} is already booked on {bookings}</source>
        <translation>{expert} ya está asignado a {bookings}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed meanwhile by someone else: {fields}</source>
        <translation>modificado entretanto por otra persona: {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source}: {problem}; nothing was imported</source>
        <translation>{source}: {problem}; no se importó nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source}: {problem} (and {more} more problems); nothing was imported</source>
        <translation>{source}: {problem} (y {more} problemas más); no se importó nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}: {message}</source>
        <translation>línea {line}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line}: {message}</source>
        <translation>fila {line}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record {line}: {message}</source>
        <translation>registro {line}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}, column &apos;{column}&apos;: {message}</source>
        <translation>línea {line}, columna «{column}»: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line}, column &apos;{column}&apos;: {message}</source>
        <translation>fila {line}, columna «{column}»: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record {line}, column &apos;{column}&apos;: {message}</source>
        <translation>registro {line}, campo «{column}»: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &apos;{column}&apos;: {message}</source>
        <translation>columna «{column}»: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is neither a strength nor a gap</source>
        <translation>«{value}» no es ni una fortaleza ni una deficiencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>say what was found</source>
        <translation>indique qué se constató</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what is recommended</source>
        <translation>indique qué se recomienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what is to be done</source>
        <translation>indique qué se debe hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the assessment is not one of this mission&apos;s</source>
        <translation>la evaluación no pertenece a esta misión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown priority &apos;{value}&apos;; use high, medium or low</source>
        <translation>prioridad desconocida: «{value}»; use high, medium o low</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the finding is not one of this mission&apos;s</source>
        <translation>la constatación no pertenece a esta misión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the progress update no longer exists (it may be in the trash)</source>
        <translation>la actualización de avance ya no existe (quizá esté en la papelera)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {limit} characters</source>
        <translation>{limit} caracteres como máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown timeframe &apos;{value}&apos;; use short, medium or long</source>
        <translation>plazo desconocido: «{value}»; use short, medium o long</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the recommendation is not one of this mission&apos;s</source>
        <translation>la recomendación no pertenece a esta misión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the action item no longer exists (it may be in the trash)</source>
        <translation>la acción ya no existe (quizá esté en la papelera)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the finding no longer exists (it may be in the trash)</source>
        <translation>la constatación ya no existe (quizá esté en la papelera)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the recommendation no longer exists (it may be in the trash)</source>
        <translation>la recomendación ya no existe (quizá esté en la papelera)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the finding is not there any more</source>
        <translation>la constatación ya no está</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recommendation is not there any more</source>
        <translation>la recomendación ya no está</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the action item is not there any more</source>
        <translation>la acción ya no está</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the finding is not in the trash</source>
        <translation>la constatación no está en la papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recommendation is not in the trash</source>
        <translation>la recomendación no está en la papelera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the action item is not in the trash</source>
        <translation>la acción no está en la papelera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a percentage between 0 and 100</source>
        <translation>un porcentaje entre 0 y 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is in the future</source>
        <translation>la fecha es futura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such mission (or it is in the trash)</source>
        <translation>esa misión no existe (o está en la papelera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind of link &apos;{value}&apos;; use tfa, arusha or geoat</source>
        <translation>tipo de vínculo desconocido: «{value}»; use tfa, arusha o geoat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown code &apos;{value}&apos; for {kind}</source>
        <translation>código desconocido «{value}» para {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status &apos;{value}&apos;; use {choices}</source>
        <translation>estado desconocido: «{value}»; use {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore the mission first (it is in the trash)</source>
        <translation>restaure primero la misión (está en la papelera)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list changed meanwhile; look at it again and move the item anew</source>
        <translation>la lista cambió entretanto; revísela y vuelva a mover el elemento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checklist template &apos;{template}&apos; version {version} is not installed; install it (or sync with HQ) to open this assessment.</source>
        <translation>La plantilla de lista de verificación «{template}» versión {version} no está instalada; instálela (o sincronice con la Sede) para abrir esta evaluación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no checklist template &apos;{template}&apos;</source>
        <translation>no hay ninguna plantilla de lista de verificación «{template}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no checklist template &apos;{template}&apos; version {version}</source>
        <translation>no hay ninguna plantilla de lista de verificación «{template}» versión {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template is written in {languages}, not &apos;{value}&apos;</source>
        <translation>la plantilla está redactada en {languages}, no en «{value}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no question &apos;{question}&apos; in this checklist</source>
        <translation>no hay ninguna pregunta «{question}» en esta lista de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this question cannot be marked N/A</source>
        <translation>esta pregunta no se puede marcar como N/A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note is a text</source>
        <translation>una nota es un texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment is validated and locked; reopen it first.</source>
        <translation>Esta evaluación está validada y bloqueada; reábrala primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such question in this checklist</source>
        <translation>esa pregunta no existe en esta lista de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the validator&apos;s name is needed</source>
        <translation>se necesita el nombre de quien valida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why the assessment is reopened</source>
        <translation>indique por qué se reabre la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {current} assessment cannot become {target}</source>
        <translation>una evaluación {current} no puede pasar a {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a draft can move to a newer template version; reopen it first</source>
        <translation>solo un borrador puede pasar a una versión más reciente de la plantilla; reábrala primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no version {version} of &apos;{template}&apos;</source>
        <translation>no hay ninguna versión {version} de «{template}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version {version} is not newer than {current}</source>
        <translation>la versión {version} no es más reciente que {current}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version {version} has no &apos;{value}&apos; text</source>
        <translation>la versión {version} no tiene texto «{value}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no assessment &apos;{id}&apos; (or it is in the trash)</source>
        <translation>no hay ninguna evaluación «{id}» (o está en la papelera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment was validated by {validator} and is locked. Reopen it, giving a reason, to change it.</source>
        <translation>Esta evaluación fue validada por {validator} y está bloqueada. Reábrala, indicando un motivo, para modificarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This assessment was validated and is locked. Reopen it, giving a reason, to change it.</source>
        <translation>Esta evaluación fue validada y está bloqueada. Reábrala, indicando un motivo, para modificarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{path}&apos; is not a file that can be read</source>
        <translation>«{path}» no es un archivo que se pueda leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the note first</source>
        <translation>escriba primero la nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is {size} MB; attachments are limited to {limit} MB</source>
        <translation>el archivo tiene {size} MB; los adjuntos están limitados a {limit} MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no attached file &apos;{id}&apos;</source>
        <translation>no hay ningún archivo adjunto «{id}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file of &apos;{name}&apos; is missing from the data folder (not synced yet?)</source>
        <translation>falta el archivo de «{name}» en la carpeta de datos (¿aún no se ha sincronizado?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This assessment is validated and locked; reopen it, giving a reason, to add evidence.</source>
        <translation>Esta evaluación está validada y bloqueada; reábrala, indicando un motivo, para añadir evidencias.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no evidence &apos;{id}&apos;</source>
        <translation>no hay ninguna evidencia «{id}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment is validated and locked; reopen it, giving a reason, to change its evidence.</source>
        <translation>Esta evaluación está validada y bloqueada; reábrala, indicando un motivo, para cambiar sus evidencias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a rating is one of the scale&apos;s whole numbers</source>
        <translation>una calificación es uno de los números enteros de la escala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not on the scale ({allowed})</source>
        <translation>{value} no está en la escala ({allowed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is yes, partly or no</source>
        <translation>la respuesta es sí, en parte o no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is a text</source>
        <translation>la respuesta es un texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date is written YYYY-MM-DD, e.g. 2024-03-21</source>
        <translation>una fecha se escribe AAAA-MM-DD, p. ej. 2024-03-21</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not one of the choices</source>
        <translation>«{value}» no es una de las opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is a list of choices</source>
        <translation>la respuesta es una lista de opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is a number</source>
        <translation>la respuesta es un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is a whole number</source>
        <translation>la respuesta es un número entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {limit}</source>
        <translation>como mínimo {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {limit}</source>
        <translation>como máximo {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync took longer than {seconds} seconds, so the sync stopped. Your work is kept; what HQ confirmed stays confirmed, the rest is sent at the next sync.</source>
        <translation>La sincronización tardó más de {seconds} segundos, así que se detuvo. Su trabajo se conserva; lo que la Sede confirmó sigue confirmado y lo demás se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ&apos;s answer took longer than {seconds} seconds, so the sync stopped. Your work is kept; what HQ confirmed stays confirmed, the rest is sent at the next sync.</source>
        <translation>La respuesta de la Sede tardó más de {seconds} segundos, así que la sincronización se detuvo. Su trabajo se conserva; lo que la Sede confirmó sigue confirmado y lo demás se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{url} answered, but not as Mercator HQ. On hotel or airport Wi-Fi, open a web browser and accept the network&apos;s terms first; nothing was marked as sent.</source>
        <translation>{url} respondió, pero no como la Sede de Mercator. En el wifi de un hotel o de un aeropuerto, abra primero un navegador web y acepte las condiciones de la red; no se marcó nada como enviado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ cannot be reached now: this computer is offline, or HQ is not running. Your work is kept and will be sent at the next sync.</source>
        <translation>No se puede contactar con la Sede en este momento: esta computadora no tiene conexión o la Sede no está en funcionamiento. Su trabajo se conserva y se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ did not answer in time. Your work is kept and will be sent at the next sync.</source>
        <translation>La Sede no respondió a tiempo. Su trabajo se conserva y se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ is unavailable for the moment. Your work is kept and will be sent at the next sync.</source>
        <translation>La Sede no está disponible por el momento. Su trabajo se conserva y se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ answered but could not do this now. Your work is kept and will be sent at the next sync.</source>
        <translation>La Sede respondió pero no pudo hacerlo ahora. Su trabajo se conserva y se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ refused the sign-in: {reason}</source>
        <translation>La Sede rechazó el inicio de sesión: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ refused the request: {reason}</source>
        <translation>La Sede rechazó la solicitud: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to HQ again: {reason}</source>
        <translation>Vuelva a iniciar sesión en la Sede: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in to HQ first</source>
        <translation>primero inicie sesión en la Sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter your HQ user name and password</source>
        <translation>escriba su nombre de usuario y su contraseña de la Sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server address must look like https://hq.example.org</source>
        <translation>la dirección del servidor debe tener la forma https://hq.example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plain http:// is allowed only to this computer (localhost); use https:// for HQ</source>
        <translation>http:// simple solo se permite hacia esta computadora (localhost); use https:// para la Sede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection to HQ: this computer is offline, or HQ is not running</source>
        <translation>sin conexión con la Sede: esta computadora no tiene conexión o la Sede no está en funcionamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ did not answer in time</source>
        <translation>la Sede no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ is unavailable for the moment</source>
        <translation>la Sede no está disponible por el momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sync took longer than {seconds} s, the time allowed; nothing unconfirmed was marked as sent</source>
        <translation>la sincronización tardó más de {seconds} s, el tiempo permitido; no se marcó como enviado nada sin confirmar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ&apos;s answer took longer than {seconds} s, the time allowed; nothing unconfirmed was marked as sent</source>
        <translation>la respuesta de la Sede tardó más de {seconds} s, el tiempo permitido; no se marcó como enviado nada sin confirmar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{url} answered, but not as Mercator HQ (HTTP {status}); nothing was marked as sent.</source>
        <translation>{url} respondió, pero no como la Sede de Mercator (HTTP {status}); no se marcó nada como enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{url} answered, but not as Mercator HQ (HTTP {status}, {type}). On hotel or airport Wi-Fi, open a web browser and accept the network&apos;s terms first; nothing was marked as sent.</source>
        <translation>{url} respondió, pero no como la Sede de Mercator (HTTP {status}, {type}). En el wifi de un hotel o de un aeropuerto, abra primero un navegador web y acepte las condiciones de la red; no se marcó nada como enviado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HQ&apos;s answer to {path} is not what protocol {version} says: {detail}</source>
        <translation>la respuesta de la Sede a {path} no es la que indica el protocolo {version}: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ failed: {reason}</source>
        <translation>la Sede falló: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose &apos;mine&apos; or &apos;theirs&apos;</source>
        <translation>elija «mine» o «theirs»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this conflict is no longer open</source>
        <translation>este conflicto ya no está abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record of this conflict no longer exists</source>
        <translation>el registro de este conflicto ya no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind of record &apos;{value}&apos;</source>
        <translation>tipo de registro desconocido: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this record no longer exists</source>
        <translation>este registro ya no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ never had this record, so there is no HQ version to go back to: correct it (e.g. rename the mission) or delete it</source>
        <translation>la Sede nunca tuvo este registro, así que no hay versión de la Sede a la que volver: corríjalo (p. ej. cambie el nombre de la misión) o elimínelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ needs a newer Mercator Desktop (sync protocol {protocol}, version {version} or later); this is {mine}, protocol {my_protocol}. Install the newer version to sync; your work stays here.</source>
        <translation>La Sede necesita un Mercator Desktop más reciente (protocolo de sincronización {protocol}, versión {version} o posterior); este es {mine}, protocolo {my_protocol}. Instale la versión más reciente para sincronizar; su trabajo se queda aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HQ speaks sync protocol {protocol}, older than this Mercator Desktop ({low} to {high}); HQ needs an update before you can sync.</source>
        <translation>La Sede usa el protocolo de sincronización {protocol}, más antiguo que este Mercator Desktop ({low} a {high}); hay que actualizar la Sede antes de poder sincronizar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ speaks sync protocol {protocol}, older than this Mercator Desktop ({low} to {high}); HQ needs an update before you can sync. HQ says: {message}</source>
        <translation>La Sede usa el protocolo de sincronización {protocol}, más antiguo que este Mercator Desktop ({low} a {high}); hay que actualizar la Sede antes de poder sincronizar. La Sede indica: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ keeps changing its epoch; try again later</source>
        <translation>la Sede cambia de época una y otra vez; vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync cancelled; what HQ confirmed is kept</source>
        <translation>sincronización cancelada; lo que la Sede confirmó se conserva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync cancelled; what was received is kept</source>
        <translation>sincronización cancelada; lo recibido se conserva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ keeps asking for a full resync; try again later</source>
        <translation>la Sede pide una y otra vez una resincronización completa; vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ&apos;s changes would delete {count} of your {total} records ({share}). Nothing was deleted. If this is expected, sync again and allow the deletions; otherwise ask HQ.</source>
        <translation>Los cambios de la Sede eliminarían {count} de sus {total} registros ({share}). No se eliminó nada. Si es lo esperado, vuelva a sincronizar y permita las eliminaciones; si no, consulte a la Sede.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ no longer lists this file among yours</source>
        <translation>la Sede ya no cuenta este archivo entre los suyos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say which HQ with --server URL</source>
        <translation>indique qué Sede con --server URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in to {server} first: {command}</source>
        <translation>inicie sesión primero en {server}: {command}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in again: your session is unknown, expired or signed out</source>
        <translation>vuelva a iniciar sesión: su sesión es desconocida, venció o se cerró</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrong user name or password</source>
        <translation>nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this HQ speaks sync protocol {low} to {high}; your Mercator Desktop speaks {yours}</source>
        <translation>esta Sede usa los protocolos de sincronización {low} a {high}; su Mercator Desktop usa {yours}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send at most {limit} changes per batch</source>
        <translation>envíe como máximo {limit} cambios por lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this batch id is taken; send it with a new one</source>
        <translation>este identificador de lote ya está en uso; envíelo con uno nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ&apos;s database was restored or changed epoch; say hello again and send what it lacks</source>
        <translation>la base de datos de la Sede se restauró o cambió de época; vuelva a saludarla y envíe lo que le falta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ holds {held} bytes of this file; send from there</source>
        <translation>la Sede tiene {held} bytes de este archivo; continúe el envío desde ahí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chunk goes past the file&apos;s size</source>
        <translation>el fragmento supera el tamaño del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file&apos;s bytes do not match its SHA-256; HQ kept nothing of it: send it again</source>
        <translation>los bytes del archivo no coinciden con su SHA-256; la Sede no guardó nada de él: vuelva a enviarlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ does not hold this file yet</source>
        <translation>la Sede todavía no tiene este archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no record among your missions refers to this file</source>
        <translation>ningún registro de sus misiones remite a este archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ takes files of at most {limit} bytes; this one has {size}</source>
        <translation>la Sede acepta archivos de {limit} bytes como máximo; este tiene {size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send at most {limit} bytes per chunk</source>
        <translation>envíe como máximo {limit} bytes por fragmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chunk is empty</source>
        <translation>el fragmento está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many failed sign-ins for this account: sign-in is locked; try again after {when} (in {count} seconds)</source>
        <translation>demasiados inicios de sesión fallidos para esta cuenta: el inicio de sesión está bloqueado; vuelva a intentarlo después de las {when} (dentro de {count} segundos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for this account: sign-in is locked; try again after {when} (in {count} minutes)</source>
        <translation>demasiados inicios de sesión fallidos para esta cuenta: el inicio de sesión está bloqueado; vuelva a intentarlo después de las {when} (dentro de {count} minutos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for your network address: sign-in is locked; try again after {when} (in {count} seconds)</source>
        <translation>demasiados inicios de sesión fallidos desde su dirección de red: el inicio de sesión está bloqueado; vuelva a intentarlo después de las {when} (dentro de {count} segundos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for your network address: sign-in is locked; try again after {when} (in {count} minutes)</source>
        <translation>demasiados inicios de sesión fallidos desde su dirección de red: el inicio de sesión está bloqueado; vuelva a intentarlo después de las {when} (dentro de {count} minutos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for this account: wait {count} seconds before trying again</source>
        <translation>demasiados inicios de sesión fallidos para esta cuenta: espere {count} segundos antes de volver a intentarlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many failed sign-ins for this account: wait {count} minutes before trying again</source>
        <translation>demasiados inicios de sesión fallidos para esta cuenta: espere {count} minutos antes de volver a intentarlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many failed sign-ins for your network address: wait {count} seconds before trying again</source>
        <translation>demasiados inicios de sesión fallidos desde su dirección de red: espere {count} segundos antes de volver a intentarlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for your network address: wait {count} minutes before trying again</source>
        <translation>demasiados inicios de sesión fallidos desde su dirección de red: espere {count} minutos antes de volver a intentarlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ is busy signing people in; try again in a minute</source>
        <translation>la Sede está ocupada iniciando otras sesiones; vuelva a intentarlo en un minuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: use a .csv, .json or spreadsheet (.xlsx, .xls, .ods) file (got &apos;{suffix}&apos;)</source>
        <translation>{name}: use un archivo .csv, .json o una hoja de cálculo (.xlsx, .xls, .ods) (se recibió «{suffix}»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: use a .csv, .xlsx or .json file (got &apos;{suffix}&apos;)</source>
        <translation>{name}: use un archivo .csv, .xlsx o .json (se recibió «{suffix}»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: no such file</source>
        <translation>{path}: no existe ese archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: no se puede escribir ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot be read (it is a folder)</source>
        <translation>{path}: no se puede leer (es una carpeta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required column missing (the header needs {columns})</source>
        <translation>falta una columna obligatoria (el encabezado necesita {columns})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown column; known columns are {columns}</source>
        <translation>columna desconocida; las columnas conocidas son {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the column appears twice in the header</source>
        <translation>la columna aparece dos veces en el encabezado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{cells} cells but the header has {width} columns (a separator inside an unquoted cell?)</source>
        <translation>{cells} celdas, pero el encabezado tiene {width} columnas (¿un separador dentro de una celda sin comillas?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value right of the last column of the header</source>
        <translation>un valor a la derecha de la última columna del encabezado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cells} cells but the header has {width} columns (a missing separator?)</source>
        <translation>{cells} celdas, pero el encabezado tiene {width} columnas (¿falta un separador?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not valid JSON: {detail}</source>
        <translation>JSON no válido: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a JSON array of mission objects</source>
        <translation>se esperaba una matriz JSON de objetos de misión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required field missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field; known fields are {fields}</source>
        <translation>campo desconocido; los campos conocidos son {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code &apos;{code}&apos; is also on line {other}</source>
        <translation>el código «{code}» también está en la línea {other}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the code &apos;{code}&apos; is also on row {other}</source>
        <translation>el código «{code}» también está en la fila {other}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code &apos;{code}&apos; is also on record {other}</source>
        <translation>el código «{code}» también está en el registro {other}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read as CSV ({detail})</source>
        <translation>el archivo no se puede leer como CSV ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workbook is empty</source>
        <translation>el libro está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no sheet named &apos;{sheet}&apos;; the sheets are {sheets}</source>
        <translation>{name}: no hay ninguna hoja llamada «{sheet}»; las hojas son {sheets}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet is empty</source>
        <translation>la hoja está vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every sheet is empty</source>
        <translation>todas las hojas están vacías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the sheet &apos;{sheet}&apos; cannot be read ({detail})</source>
        <translation>{name}: la hoja «{sheet}» no se puede leer ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: not a readable {suffix} workbook (save it again from your spreadsheet program)</source>
        <translation>{name}: no es un libro {suffix} legible (vuelva a guardarlo desde su programa de hojas de cálculo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; matches more than one: {candidates}; write the code of the one you mean</source>
        <translation>«{value}» coincide con más de uno: {candidates}; escriba el código del que quiere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {noun} &apos;{value}&apos;; did you mean {candidates}?</source>
        <translation>valor desconocido ({noun}): «{value}»; ¿quiso decir {candidates}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {noun} &apos;{value}&apos;; use one of: {choices}</source>
        <translation>valor desconocido ({noun}): «{value}»; use uno de estos: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {noun} &apos;{value}&apos;</source>
        <translation>valor desconocido ({noun}): «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} (the mapping to &apos;{target}&apos; names no {noun} either)</source>
        <translation>{message} (la correspondencia con «{target}» tampoco designa ningún valor ({noun}))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {noun} is required</source>
        <translation>se requiere un valor ({noun})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is a number, not a date; format the cell as a date or write YYYY-MM-DD</source>
        <translation>«{value}» es un número, no una fecha; dé a la celda formato de fecha o escriba AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation>«{value}» no es una fecha; escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>«{value}» no es una fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» no es un número entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>«{value}» no es ni sí ni no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TFA provision</source>
        <translation>disposición del AFC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arusha factor</source>
        <translation>factor de Arusha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GEOAT principle</source>
        <translation>principio GEOAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mercator Desktop is open on this data folder (it was brought to the front): restore from its File ▸ Backups… menu, or close it first</source>
        <translation>Mercator Desktop está abierto en esta carpeta de datos (se ha traído al frente): restaure desde su menú Archivo ▸ Copias de seguridad…, o ciérrelo primero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: cannot be used as the data folder ({reason})</source>
        <translation>{path}: no se puede usar como carpeta de datos ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase was expected on standard input, which is empty</source>
        <translation>se esperaba la frase de recuperación en la entrada estándar, que está vacía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new passphrase was expected on standard input, which is empty</source>
        <translation>se esperaba la nueva frase de recuperación en la entrada estándar, que está vacía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the current passphrase was expected on standard input, which is empty</source>
        <translation>se esperaba la frase de recuperación actual en la entrada estándar, que está vacía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {option} &apos;{value}&apos;; use one of: {choices}</source>
        <translation>{option} desconocido: «{value}»; use uno de estos: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period ends before it starts</source>
        <translation>el período termina antes de empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--map &apos;{item}&apos;: write it as COLUMN:VALUE=CODE, e.g. &apos;programme:Mercator Plus=mercator&apos;</source>
        <translation>--map «{item}»: escríbalo como COLUMNA:VALOR=CÓDIGO, p. ej. «programme:Mercator Plus=mercator»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map &apos;{item}&apos;: &apos;{column}&apos; is not a column that can be mapped; use one of {columns}</source>
        <translation>--map «{item}»: «{column}» no es una columna que se pueda asignar; use una de estas: {columns}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give the new passphrase on standard input with --passphrase-stdin (the command line does not prompt)</source>
        <translation>dé la nueva frase de recuperación en la entrada estándar con --passphrase-stdin (la línea de comandos no la pide)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not well-formed Unicode (it holds a lone surrogate)</source>
        <translation>no es Unicode bien formado (contiene un sustituto aislado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {limit} characters (this one has {count})</source>
        <translation>{limit} caracteres como máximo (este tiene {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the total {total} is less than women + men ({sum})</source>
        <translation>el total {total} es menor que mujeres + hombres ({sum})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep between 1 and {limit} backups (not {count})</source>
        <translation>conserve entre 1 y {limit} copias de seguridad (no {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a file; give a folder to export into</source>
        <translation>{path} es un archivo; indique una carpeta donde exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not empty; give a new or empty folder so that nothing in it is overwritten</source>
        <translation>{path} no está vacía; indique una carpeta nueva o vacía para que no se sobrescriba nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: cannot be created ({reason})</source>
        <translation>{path}: no se puede crear ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: the export could not be written ({reason})</source>
        <translation>{path}: no se pudo escribir la exportación ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longer than {limit} characters ({count})</source>
        <translation>más de {limit} caracteres ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file {path} does not exist</source>
        <translation>el archivo {path} no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file {name} is larger than {limit} MB; use a smaller image</source>
        <translation>el archivo {name} supera {limit} MB; use una imagen más pequeña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file {name} is not an image (PNG or JPEG) that can be read</source>
        <translation>el archivo {name} no es una imagen legible (PNG o JPEG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>el período termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the launch date {day} is after the end of the period</source>
        <translation>la fecha de lanzamiento {day} es posterior al final del período</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the CSV folder {path}: {reason}</source>
        <translation>no se puede crear la carpeta CSV {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write in the CSV folder {path}: no permission</source>
        <translation>no se puede escribir en la carpeta CSV {path}: sin permiso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the CSV files in {path}: {reason}</source>
        <translation>no se pueden escribir los archivos CSV en {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data folder is encrypted and this computer does not hold its key (a new laptop, or the keyring was reset). Enter the recovery passphrase set when the folder was protected.</source>
        <translation>Esta carpeta de datos está cifrada y esta computadora no tiene su clave (una computadora portátil nueva, o se restableció el llavero). Escriba la frase de recuperación definida al proteger la carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That recovery passphrase is not the one of this data folder. Nothing was changed; check the spelling and the keyboard layout, then try again.</source>
        <translation>Esa frase de recuperación no es la de esta carpeta de datos. No se cambió nada; revise la ortografía y la distribución del teclado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key this computer&apos;s keyring keeps for this data folder does not open it (the folder may have been replaced by another one). Nothing was changed or overwritten. Enter the folder&apos;s recovery passphrase to open it.</source>
        <translation>La clave que el llavero de este ordenador guarda para esta carpeta de datos no la abre (la carpeta puede haber sido sustituida por otra). No se cambió ni sobrescribió nada. Introduzca la frase de recuperación de la carpeta para abrirla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recovery passphrase needs at least {limit} characters; a few words you will remember make a good one.</source>
        <translation>La frase de recuperación necesita al menos {limit} caracteres; unas cuantas palabras que recuerde son una buena frase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de recuperación no son iguales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data folder is encrypted already; to change its recovery passphrase, unlock it first.</source>
        <translation>Esta carpeta de datos ya está cifrada; para cambiar su frase de recuperación, desbloquéela primero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This data folder is not encrypted with that key.</source>
        <translation>Esta carpeta de datos no está cifrada con esa clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery key file {path} was written by a newer version of Mercator Desktop, or is damaged, so this data folder was not opened and nothing in it was changed. Open it with the newer version, or restore the file from a copy.</source>
        <translation>El archivo de clave de recuperación {path} fue escrito por una versión más reciente de Mercator Desktop, o está dañado; por eso esta carpeta de datos no se abrió y no se cambió nada en ella. Ábrala con la versión más reciente o restaure el archivo desde una copia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encrypted copy of the database did not match the original, so the original was kept unchanged. Please report this problem.</source>
        <translation>La copia cifrada de la base de datos no coincidía con el original, así que el original se conservó sin cambios. Informe de este problema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted database could not be opened, so the original was put back unchanged. Please report this problem.</source>
        <translation>No se pudo abrir la base de datos cifrada, así que se restituyó el original sin cambios. Informe de este problema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ published an unknown reference set &apos;{name}&apos;</source>
        <translation>la Sede publicó un conjunto de referencia desconocido: «{name}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference set &apos;{name}&apos;: version &apos;{version}&apos; is not a number</source>
        <translation>conjunto de referencia «{name}»: la versión «{version}» no es un número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference set &apos;{name}&apos; version {version} is malformed ({detail}); nothing was changed</source>
        <translation>el conjunto de referencia «{name}» versión {version} está mal formado ({detail}); no se cambió nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the mission {code} is in the trash; restore it first</source>
        <translation>la misión {code} está en la papelera; restáurela primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder; give a file name such as report.pdf</source>
        <translation>{path} es una carpeta; indique un nombre de archivo, como report.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {path}: no permission to write in {folder}</source>
        <translation>no se puede escribir {path}: no hay permiso para escribir en {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {path}: the file is read-only</source>
        <translation>no se puede escribir {path}: el archivo es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter your name: it is recorded with your changes</source>
        <translation>escriba su nombre: se registra con sus cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is longer than {limit} characters</source>
        <translation>el nombre tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: &apos;{template}&apos; version {version} is already installed ({source}) with other content; give the form a new version in the settings sheet; nothing was imported</source>
        <translation>{name}: «{template}» versión {version} ya está instalada ({source}) con otro contenido; dé una nueva versión al formulario en la hoja settings; no se importó nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no checklist template &apos;{template}&apos; version {version} is installed (installed: {installed})</source>
        <translation>no hay instalada ninguna plantilla de lista de verificación «{template}» versión {version} (instaladas: {installed})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no checklist template &apos;{template}&apos; is installed (installed: {installed})</source>
        <translation>no hay instalada ninguna plantilla de lista de verificación «{template}» (instaladas: {installed})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{template}&apos; cannot be written as an XLSForm: {detail}</source>
        <translation>«{template}» no se puede escribir como XLSForm: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data was written by a newer version of Mercator Desktop (schema {schema}). Install the newer version to open it; nothing was changed.</source>
        <translation>Estos datos se escribieron con una versión más reciente de Mercator Desktop (esquema {schema}). Instale la versión más reciente para abrirlos; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another Mercator Desktop program is writing to this data folder and did not finish in time. Try again when it has finished.</source>
        <translation>Otro programa de Mercator Desktop está escribiendo en esta carpeta de datos y no terminó a tiempo. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the command line: give the passphrase on standard input with &apos;{command}&apos;.</source>
        <translation>En la línea de comandos: dé la frase de recuperación en la entrada estándar con «{command}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{prog}: interrupted</source>
        <translation>{prog}: interrumpido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{prog}: unexpected error: {error}</source>
        <translation>{prog}: error inesperado: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(details in {path})</source>
        <translation>(detalles en {path})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{prog}: {command} failed: {message}</source>
        <translation>{prog}: {command} falló: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused by HQ: {problem}</source>
        <translation>rechazado por la Sede: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: would import: {created} to create, {updated} to update, {refused} refused. Nothing was stored.</source>
        <translation>{file}: se importaría: {created} por crear, {updated} por actualizar, {refused} rechazadas. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: would import nothing: {created} to create, {updated} to update, {refused} refused. Nothing was stored.</source>
        <translation>{file}: no se importaría nada: {created} por crear, {updated} por actualizar, {refused} rechazadas. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {line} ({code}): refused: {why}</source>
        <translation>línea {line} ({code}): rechazada: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line} ({code}): refused: {why}</source>
        <translation>fila {line} ({code}): rechazada: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record {line} ({code}): refused: {why}</source>
        <translation>registro {line} ({code}): rechazado: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; matches both {first} and {second}; write the code of the one you mean</source>
        <translation>«{value}» coincide a la vez con {first} y con {second}; escriba el código del que quiere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the mission code is already used by another mission at HQ; rename this mission (or the other one) and sync again</source>
        <translation>el código de la misión ya lo usa otra misión en la Sede; cambie el nombre de esta misión (o de la otra) y vuelva a sincronizar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the assessment was validated at HQ; its answers change only after it is reopened with a reason. Reopen it and keep your answer, or discard your change</source>
        <translation>la evaluación se validó en la Sede; sus respuestas solo cambian después de reabrirla con un motivo. Reábrala y conserve su respuesta, o descarte su cambio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the assessment was validated at HQ on {day}; its answers change only after it is reopened with a reason. Reopen it and keep your answer, or discard your change</source>
        <translation>la evaluación se validó en la Sede el {day}; sus respuestas solo cambian después de reabrirla con un motivo. Reábrala y conserve su respuesta, o descarte su cambio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you were taken off the team of this mission on {day}; your change was not applied. The mission is kept on your laptop, read-only</source>
        <translation>se le retiró del equipo de esta misión el {day}; su cambio no se aplicó. La misión se conserva en su computadora portátil, en solo lectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kind of record this version does not know; update Mercator Desktop</source>
        <translation>un tipo de registro que esta versión no conoce; actualice Mercator Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for {records}</source>
        <translation>a la espera de {records}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clashes with a local record ({reason})</source>
        <translation>choca con un registro local ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no database to back up at {path}</source>
        <translation>no hay ninguna base de datos que respaldar en {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup could not be written to {path}: {reason}</source>
        <translation>no se pudo escribir la copia de seguridad en {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{id}&apos; names {count} backups; give more of the id</source>
        <translation>«{id}» designa {count} copias de seguridad; escriba más caracteres del identificador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no backup &apos;{id}&apos; in {path}</source>
        <translation>no hay ninguna copia de seguridad «{id}» en {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup {id} is damaged ({detail}); choose another one</source>
        <translation>la copia de seguridad {id} está dañada ({detail}); elija otra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup could not be copied into place: {reason}</source>
        <translation>no se pudo copiar la copia de seguridad en su lugar: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} required answers are missing ({first}); the assessment stays a draft</source>
        <translation>faltan {count} respuestas obligatorias ({first}); la evaluación sigue siendo un borrador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} required answers are missing ({first} and {more} more); the assessment stays a draft</source>
        <translation>faltan {count} respuestas obligatorias ({first} y {more} más); la evaluación sigue siendo un borrador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {path} is damaged and was not opened, so nothing in it was changed (SQLite says: {detail}). Restore the newest good backup ({id}, made {when}) with: mercator-desktop backup restore {id}</source>
        <translation>La base de datos {path} está dañada y no se abrió, así que no se cambió nada en ella (SQLite indica: {detail}). Restaure la copia de seguridad válida más reciente ({id}, hecha el {when}) con: mercator-desktop backup restore {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {path} is damaged and was not opened, so nothing in it was changed (SQLite says: {detail}). There is no good backup to restore; keep the file and ask for help.</source>
        <translation>La base de datos {path} está dañada y no se abrió, así que no se cambió nada en ella (SQLite indica: {detail}). No hay ninguna copia de seguridad válida que restaurar; conserve el archivo y pida ayuda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} is not encrypted, so it has no recovery passphrase to change; &apos;mercator-desktop recovery set&apos; encrypts it</source>
        <translation>{folder} no está cifrado, así que no tiene frase de recuperación que cambiar; «mercator-desktop recovery set» lo cifra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the current and the new passphrase on standard input, one per line, with --passphrase-stdin (the command line does not prompt)</source>
        <translation>indique la frase de recuperación actual y la nueva en la entrada estándar, una por línea, con --passphrase-stdin (la línea de comandos no pregunta)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This data folder is not encrypted, so it has no recovery passphrase to change. Protect it first.</source>
        <translation>Esta carpeta de datos no está cifrada, así que no tiene frase de recuperación que cambiar. Protéjala primero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--status, --final, --date and --yes go with --issue</source>
        <translation>--status, --final, --date y --yes van con --issue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give the file to write with --out FILE.pdf (or --issue, --issued)</source>
        <translation>indique el archivo que se escribirá con --out ARCHIVO.pdf (o --issue, --issued)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an issued report is a PDF: give --out FILE.pdf</source>
        <translation>un informe emitido es un PDF: indique --out ARCHIVO.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the report would be Final with these parts empty: {parts}. Add --yes to issue it as Final anyway, or issue a draft</source>
        <translation>el informe sería Final con estas partes vacías: {parts}. Añada --yes para emitirlo como Final de todos modos, o emita un borrador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the results of the assessments</source>
        <translation>los resultados de las evaluaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the findings</source>
        <translation>las constataciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the action plan</source>
        <translation>el plan de acción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a}</source>
        <translation>{a}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a}; {b}</source>
        <translation>{a}; {b}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a}; {b}; {c}</source>
        <translation>{a}; {b}; {c}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF of version {version} is not on this computer yet: it arrives with the next sync</source>
        <translation>el PDF de la versión {version} aún no está en esta computadora: llegará con la próxima sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a report status (draft or final)</source>
        <translation>«{value}» no es un estado de informe (borrador o final)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reports are issued in {languages}, not &apos;{value}&apos;</source>
        <translation>los informes se emiten en {languages}, no en «{value}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no issued report &apos;{id}&apos;</source>
        <translation>no existe el informe emitido «{id}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version {version} of {code} was issued meanwhile; issue again</source>
        <translation>la versión {version} de {code} se emitió mientras tanto; vuelva a emitirla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: {message}</source>
        <translation>advertencia: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no demonstration data to remove.</source>
        <translation>No hay datos de demostración que quitar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed the demonstration data: {missions} missions, {experts} experts, {administrations} administrations ({records} records).</source>
        <translation>Se quitaron los datos de demostración: {missions} misiones, {experts} expertos, {administrations} administraciones aduaneras ({records} registros).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept the demonstration expert {name}: your missions {codes} have them in the team.</source>
        <translation>Se conservó al experto de demostración {name}: sus misiones {codes} lo tienen en el equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept the demonstration expert {name}: you added accreditations to them.</source>
        <translation>Se conservó al experto de demostración {name}: usted le agregó acreditaciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept the demonstration administration {name}: {users} still point at it.</source>
        <translation>Se conservó la administración aduanera de demostración {name}: {users} todavía hacen referencia a ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mission {code}</source>
        <translation>la misión {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expert {name}</source>
        <translation>el experto {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demonstration data loaded: {missions} missions, {experts} experts, {administrations} administrations.</source>
        <translation>Datos de demostración cargados: {missions} misiones, {experts} expertos, {administrations} administraciones aduaneras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demonstration data is already loaded; nothing added.</source>
        <translation>Los datos de demostración ya están cargados; no se agregó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No missions.</source>
        <translation>No hay misiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} mission</source>
        <translation>{count} misión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} missions</source>
        <translation>{count} misiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>START</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CTRY</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>REGION</source>
        <translation>REGIÓN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LANG</source>
        <translation>IDIOMAS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACCREDITATIONS</source>
        <translation>ACREDITACIONES</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} mission from {file}: {created} created, {updated} updated.</source>
        <translation>Se importó {count} misión de {file} (creadas: {created}, actualizadas: {updated}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} missions from {file}: {created} created, {updated} updated.</source>
        <translation>Se importaron {count} misiones de {file} (creadas: {created}, actualizadas: {updated}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} mission from {file}: {created} created, {updated} updated, {restored} restored from the trash.</source>
        <translation>Se importó {count} misión de {file} (creadas: {created}, actualizadas: {updated}, restauradas de la papelera: {restored}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {count} missions from {file}: {created} created, {updated} updated, {restored} restored from the trash.</source>
        <translation>Se importaron {count} misiones de {file} (creadas: {created}, actualizadas: {updated}, restauradas de la papelera: {restored}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New experts in the directory: {names}.</source>
        <translation>Nuevos expertos en el directorio: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New administrations: {names}.</source>
        <translation>Nuevas administraciones aduaneras: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New programmes: {names}.</source>
        <translation>Nuevos programas: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {column} &apos;{value}&apos; on lines {lines}</source>
        <translation>valor desconocido de {column} «{value}» en las líneas {lines}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {column} &apos;{value}&apos; on rows {lines}</source>
        <translation>valor desconocido de {column} «{value}» en las filas {lines}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {column} &apos;{value}&apos; on records {lines}</source>
        <translation>valor desconocido de {column} «{value}» en los registros {lines}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lines} and {count} more</source>
        <translation>{lines} y {count} más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{unknown}; map it with --map &apos;{mapping}&apos;</source>
        <translation>{unknown}; asígnela con --map &apos;{mapping}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new expert: {name}</source>
        <translation>nuevo experto: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new programme: {name}</source>
        <translation>nuevo programa: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported {count} mission to {file}.</source>
        <translation>Se exportó {count} misión a {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported {count} missions to {file}.</source>
        <translation>Se exportaron {count} misiones a {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>team: {name} ({role})</source>
        <translation>equipo: {name} ({role})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agenda: {day} {hours} {activity}</source>
        <translation>agenda: {day} {hours} {activity}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No expert is booked on overlapping missions.</source>
        <translation>Ningún experto está asignado a misiones que se superponen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {first} and {second} overlap from {start} to {end}</source>
        <translation>{name}: {first} y {second} se superponen del {start} al {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a}, {b}</source>
        <translation>{a}, {b}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{chars} in {where}: “{excerpt}”</source>
        <translation>{chars} en {where}: «{excerpt}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{prog}: warning: no font on this computer has {where}; they print as empty boxes</source>
        <translation>{prog}: advertencia: ninguna fuente de esta computadora tiene {where}; se imprimen como casillas vacías</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}: {pages} pages.</source>
        <translation>Se escribió {path}: {pages} páginas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}: {pages} pages (DRAFT watermark: the mission is not at report_final yet).</source>
        <translation>Se escribió {path}: {pages} páginas (marca de agua BORRADOR: la misión todavía no está en report_final).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote {path}: Word document.</source>
        <translation>Se escribió {path}: documento de Word.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}: Word document (marked DRAFT: the mission is not at report_final yet).</source>
        <translation>Se escribió {path}: documento de Word (marcado BORRADOR: la misión todavía no está en report_final).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued {code} version {version} ({status}, {language}, date of issue {date}): {pages} pages, SHA-256 {sha256}.</source>
        <translation>Se emitió {code}, versión {version} ({status}, {language}, fecha de emisión {date}): {pages} páginas, SHA-256 {sha256}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote a copy to {path}</source>
        <translation>Se escribió una copia en {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No report of {code} has been issued yet.</source>
        <translation>Todavía no se ha emitido ningún informe de {code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} (not on this computer yet)</source>
        <translation>{file} (todavía no está en esta computadora)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date of issue</source>
        <translation>fecha de emisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>issued by</source>
        <translation>emitido por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}: {pages} pages; {activities} from {start} to {end}, {missions} since {since}.</source>
        <translation>Se escribió {path}: {pages} páginas; {activities} del {start} al {end}, {missions} desde el {since}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} activity</source>
        <translation>{count} actividad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} activities</source>
        <translation>{count} actividades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}</source>
        <translation>Se escribió {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backups in {path}.</source>
        <translation>No hay copias de seguridad en {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DAMAGED</source>
        <translation>DAÑADA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} backup in {path}</source>
        <translation>{count} copia de seguridad en {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} backups in {path}</source>
        <translation>{count} copias de seguridad en {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {id} ({when}) restored. The database it replaced is kept in {path}.</source>
        <translation>Se restauró la copia de seguridad {id} ({when}). La base de datos que reemplazó se conserva en {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {id} written ({size} MB, integrity ok).</source>
        <translation>Se escribió la copia de seguridad {id} ({size} MB, integridad correcta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {id} written ({size} MB, integrity NOT ok).</source>
        <translation>Se escribió la copia de seguridad {id} ({size} MB, integridad NO correcta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} backups are kept (plus one a day for a week and the newest before an upgrade).</source>
        <translation>Se conservan {count} copias de seguridad (más una por día durante una semana y la más reciente antes de una actualización).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From now on {count} backups are kept.</source>
        <translation>A partir de ahora se conservan {count} copias de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {folder}: {parts}; {evidence} evidence files, {reports} reports.</source>
        <translation>Se exportó a {folder}: {parts}; {evidence} archivos de evidencia, {reports} informes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {folder}: {parts}; {evidence} evidence files, {reports} reports. {missing} evidence files or reports were not on this computer (listed in README.txt).</source>
        <translation>Se exportó a {folder}: {parts}; {evidence} archivos de evidencia, {reports} informes. {missing} archivos de evidencia o informes no estaban en esta computadora (se enumeran en README.txt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder}: not encrypted. &apos;mercator-desktop recovery set&apos; encrypts it.</source>
        <translation>{folder}: sin cifrar. «mercator-desktop recovery set» lo cifra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder}: encrypted; this computer&apos;s keyring holds its key.</source>
        <translation>{folder}: cifrado; el llavero de esta computadora guarda su clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder}: encrypted; it cannot open without the recovery passphrase: {reason}.</source>
        <translation>{folder}: cifrado; no se puede abrir sin la frase de recuperación: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery passphrase was changed; the old one no longer opens this folder.</source>
        <translation>Se cambió la frase de recuperación; la anterior ya no abre esta carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} is encrypted now. Keep the recovery passphrase somewhere safe: without it, this folder cannot be opened on another computer.</source>
        <translation>{folder} ahora está cifrado. Guarde la frase de recuperación en un lugar seguro: sin ella, esta carpeta no se puede abrir en otra computadora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no keyring to keep the key in: give the passphrase to each command with --passphrase-stdin.</source>
        <translation>Esta computadora no tiene un llavero donde guardar la clave: indique la frase en cada comando con --passphrase-stdin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery passphrase was changed; the old one no longer opens this folder. The data itself was not touched.</source>
        <translation>Se cambió la frase de recuperación; la anterior ya no abre esta carpeta. Los datos en sí no se modificaron.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} (&apos;{id}&apos; version {version}) is already installed, unchanged</source>
        <translation>{title} («{id}» versión {version}) ya está instalada, sin cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} (&apos;{id}&apos; version {version}) installed ({questions} questions)</source>
        <translation>{title} («{id}» versión {version}) instalada ({questions} preguntas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{id} version {version} written to {path}</source>
        <translation>{id} versión {version} escrita en {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out of HQ.</source>
        <translation>Se cerró la sesión en la Sede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To sync without keeping a session, run: {command}</source>
        <translation>Para sincronizar sin conservar una sesión, ejecute: {command}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in to {server} as {user} ({role}).</source>
        <translation>Sesión iniciada en {server} como {user} ({role}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced with {server}: {sent} sent, {received} received, {applied} applied.</source>
        <translation>Sincronizado con {server}: enviados: {sent}, recibidos: {received}, aplicados: {applied}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence files: {sent} sent, {received} received.</source>
        <translation>Archivos de evidencia: enviados: {sent}, recibidos: {received}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} changes HQ already had (a lost answer); nothing doubled.</source>
        <translation>Cambios que la Sede ya tenía (una respuesta perdida): {count}; no se duplicó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} fields were changed at HQ too: HQ&apos;s value is shown, yours is kept in the conflict inbox.</source>
        <translation>Campos modificados también en la Sede: {count}; se muestra el valor de la Sede y el suyo se conserva en la bandeja de sincronización.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} received records wait; see why with: {command}</source>
        <translation>Registros recibidos en espera: {count}; vea por qué con: {command}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To see them with the way out: {command}</source>
        <translation>Para verlos con la manera de resolverlos: {command}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data folder was restored from a copy or copied from another laptop; it now syncs as a new device. Nothing was lost.</source>
        <translation>Esta carpeta de datos se restauró de una copia o se copió de otra computadora portátil; ahora se sincroniza como un dispositivo nuevo. No se perdió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ had been restored from a backup; {count} record was sent again so HQ has them.</source>
        <translation>La Sede se había restaurado de una copia de seguridad; se volvió a enviar {count} registro para que la Sede lo tenga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ had been restored from a backup; {count} records were sent again so HQ has them.</source>
        <translation>La Sede se había restaurado de una copia de seguridad; se volvieron a enviar {count} registros para que la Sede los tenga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You were taken off the team of {count} mission; it is kept read-only (list: {command}).</source>
        <translation>Se le retiró del equipo de {count} misión; se conserva como de solo lectura (lista: {command}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You were taken off the team of {count} missions; they are kept read-only (list: {command}).</source>
        <translation>Se le retiró del equipo de {count} misiones; se conservan como de solo lectura (lista: {command}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to settle: no conflicts, nothing refused by HQ, nothing waiting.</source>
        <translation>Nada que resolver: ningún conflicto, nada rechazado por la Sede, nada en espera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts ({count}): settle them in the app, Sync → Sync inbox.</source>
        <translation>Conflictos ({count}): resuélvalos en la aplicación, Sincronización → Bandeja de sincronización.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: yours {mine}; HQ&apos;s {theirs}</source>
        <translation>{what}: la suya {mine}; la de la Sede {theirs}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited at HQ while you deleted it</source>
        <translation>modificado en la Sede mientras usted lo eliminaba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted at HQ while you edited it</source>
        <translation>eliminado en la Sede mientras usted lo modificaba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by HQ ({count}):</source>
        <translation>Rechazados por la Sede ({count}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason: {reason}</source>
        <translation>motivo: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what to do: {advice}</source>
        <translation>qué hacer: {advice}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to take HQ&apos;s version back: {command}</source>
        <translation>para volver a la versión de la Sede: {command}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting from HQ ({count}):</source>
        <translation>En espera, recibidos de la Sede ({count}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why: {reason}</source>
        <translation>por qué: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>way out: {how}</source>
        <translation>cómo resolverlo: {how}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{prog}: sync discard: {message}</source>
        <translation>{prog}: sync discard: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discarded this laptop&apos;s change of {kind} {id}: it holds HQ&apos;s version again.</source>
        <translation>Se descartó el cambio de {kind} {id} en esta computadora portátil: vuelve a tener la versión de la Sede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No archived missions: you are on the team of every mission here.</source>
        <translation>No hay misiones archivadas: usted está en el equipo de todas las misiones de aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code}  {title}  archived {day}</source>
        <translation>{code}  {title}  archivada el {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} archived mission (read-only, out of the mission list)</source>
        <translation>{count} misión archivada (de solo lectura, fuera de la lista de misiones)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} archived missions (read-only, out of the mission list)</source>
        <translation>{count} misiones archivadas (de solo lectura, fuera de la lista de misiones)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ: {server}  user: {user}  signed in: {signed_in}</source>
        <translation>Sede: {server}  usuario: {user}  sesión iniciada: {signed_in}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsent changes: {pending}  conflicts: {conflicts}  refused: {refused}  waiting: {waiting}</source>
        <translation>cambios sin enviar: {pending}  conflictos: {conflicts}  rechazados: {refused}  en espera: {waiting}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last sync: {when}</source>
        <translation>última sincronización: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last sync: {when} ({state}: {message})</source>
        <translation>última sincronización: {when} ({state}: {message})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>push: {count}</source>
        <translation>envío: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pull: {count}</source>
        <translation>recepción: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send files: {count}</source>
        <translation>envío de archivos: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receive files: {count}</source>
        <translation>recepción de archivos: {count}</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../mercator_desktop/ui/widgets.py" line="+124"/>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2025-03-24</source>
        <translation>&apos;{text}&apos; no es una fecha; escríbala como AAAA-MM-DD, p. ej. 2025-03-24</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{text}&apos; is not a time; write it as HH:MM, e.g. 09:30</source>
        <translation>&apos;{text}&apos; no es una hora; escríbala como HH:MM, p. ej. 09:30</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: pick on a calendar</source>
        <translation>{name}: elegir en un calendario</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&apos;{text}&apos; is not in the list; pick one of the list</source>
        <translation>&apos;{text}&apos; no está en la lista; elija uno de la lista</translation>
    </message>
</context>
<context>
    <name>write_waiting</name>
    <message>
        <location filename="../../mercator_desktop/ui/write_waiting.py" line="+30"/>
        <source>Waiting for another Mercator Desktop program to finish writing…</source>
        <translation>Esperando a que otro programa Mercator Desktop termine de escribir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for another task to finish saving…</source>
        <translation>Esperando a que otra tarea termine de guardar…</translation>
    </message>
</context>
</TS>
