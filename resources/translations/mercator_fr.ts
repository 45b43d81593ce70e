<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="+308"/>
        <source>Edit the action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result wanted, e.g. Vulnerable posts rotate</source>
        <translation>Le résultat visé, p. ex. rotation des postes sensibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is to be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Human Resource Management</source>
        <translation>p. ex. Gestion des ressources humaines</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due &amp;by</source>
        <translation>é&amp;chéance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How progress will be seen</source>
        <translation>Comment les progrès seront constatés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no recommendation)</source>
        <translation>(aucune recommandation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity:</source>
        <translation>&amp;Activité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible &amp;unit:</source>
        <translation>&amp;Unité responsable&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeframe:</source>
        <translation>&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recommandation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/editor_models.py" line="+148"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterparts</source>
        <translation>Homologues</translation>
    </message>
</context>
<context>
    <name>ArchivedMissionsDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/sync_archive.py" line="+27"/>
        <location line="+10"/>
        <source>Archived missions</source>
        <translation>Missions archivées</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived on</source>
        <translation>Archivée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No archived missions: you are on the team of every mission on this laptop.</source>
        <translation>Aucune mission archivée : vous faites partie de l&apos;équipe de toutes les missions de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You were taken off the team of these missions. They stay on this laptop, read-only and out of the mission list; HQ no longer sends their changes and does not take yours.</source>
        <translation>Vous avez été retiré(e) de l&apos;équipe de ces missions. Elles restent sur cet ordinateur, en lecture seule et hors de la liste des missions ; le siège n&apos;envoie plus leurs modifications et n&apos;accepte plus les vôtres.</translation>
    </message>
</context>
<context>
    <name>AssessmentEvidenceDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_dialogs.py" line="+94"/>
        <source>Evidence – {title}</source>
        <translation>Justificatifs – {title}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note or caption</source>
        <translation>Note ou légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note, or a caption for the next file</source>
        <translation>Une note, ou la légende du prochain fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (photo shrunk on import)</source>
        <translation> (photo réduite à l’import)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file is already attached.</source>
        <translation>Ce fichier est déjà joint.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
</context>
<context>
    <name>AssessmentEvidenceModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_models.py" line="+233"/>
        <source>File or note</source>
        <translation>Fichier ou note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_dialogs.py" line="+22"/>
        <source>History – {title}</source>
        <translation>Historique – {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History of the answers</source>
        <translation>Historique des réponses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change recorded yet.</source>
        <translation>Aucune modification enregistrée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_models.py" line="+10"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>AssessmentMissingModel</name>
    <message>
        <location line="-17"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required question</source>
        <translation>Question obligatoire</translation>
    </message>
</context>
<context>
    <name>AssessmentScoreModel</name>
    <message>
        <location line="-23"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Répondues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
</context>
<context>
    <name>AssessmentSectionModel</name>
    <message>
        <location line="-152"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{title}
{done} of {total} answered or N/A</source>
        <translation>{title}
{done} sur {total} répondues ou S.O.</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_window.py" line="+201"/>
        <source>&amp;Find question…</source>
        <translation>&amp;Rechercher une question…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Summary</source>
        <translation>&amp;Synthèse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with &amp;baseline…</source>
        <translation>Comparer avec la situation de ré&amp;férence…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;completed</source>
        <translation>Marquer comme &amp;terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validate…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reopen…</source>
        <translation>R&amp;ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the &amp;newer template…</source>
        <translation>Passer au &amp;nouveau modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Evidence…</source>
        <translation>&amp;Justificatifs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Keys: {rate} rate · Y/P/N · − N/A · Del clear · ↑↓ question · PgUp/PgDn section · Enter note · Ctrl+E evidence · Ctrl+H history · Ctrl+F find · Ctrl+R summary</source>
        <translation>Touches&#xa0;: {rate} noter · O/P/N · − S.O. · Suppr effacer · ↑↓ question · Pg préc/Pg suiv section · Entrée note · Ctrl+E justificatifs · Ctrl+H historique · Ctrl+F rechercher · Ctrl+R synthèse</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find a question</source>
        <translation>Trouver une question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a question by number or words; Enter for the next match, Esc to close</source>
        <translation>Rechercher une question par numéro ou par mots&#xa0;; Entrée pour la suivante, Échap pour fermer</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Scores by section</source>
        <translation>Scores par section</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Required questions without an answer</source>
        <translation>Questions obligatoires sans réponse</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title} – Mercator Desktop</source>
        <translation>{title} – Mercator Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission {mission} · {template}, version {version} · {status}</source>
        <translation>Mission {mission} · {template}, version {version} · {status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Validated by {name} on {when}. The answers are locked; use Reopen… (with a reason) to change them.</source>
        <translation>Validée par {name} le {when}. Les réponses sont verrouillées&#xa0;; utilisez Rouvrir… (avec un motif) pour les modifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {version} of this checklist is available. Move to the newer template… carries your answers over and lists any that cannot be carried.</source>
        <translation>La version {version} de cette liste de contrôle est disponible. Passer au nouveau modèle… reprend vos réponses et indique celles qui ne peuvent pas l’être.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no score yet</source>
        <translation>pas encore de note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall: {percent} — {answered} answered, {na} N/A, {unanswered} unanswered of {total}</source>
        <translation>Ensemble&#xa0;: {percent} — {answered} répondues, {na} S.O., {unanswered} sans réponse sur {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Missing required answers: {n}</source>
        <translation>Réponses obligatoires manquantes&#xa0;: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No required answer is missing.</source>
        <translation>Aucune réponse obligatoire ne manque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+462"/>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{n} found</source>
        <translation>Résultats&#xa0;: {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{i} of {n}</source>
        <translation>{i} sur {n}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Not completed yet</source>
        <translation>Pas encore terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} required answers are missing. They are listed on the summary; double-click one to go there.</source>
        <translation>{n} réponses obligatoires manquent. Elles figurent dans la synthèse&#xa0;; double-cliquez sur l’une d’elles pour y aller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not completed</source>
        <translation>Non terminée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Validate the assessment</source>
        <translation>Valider l’évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validating locks the answers. Name of the validator:</source>
        <translation>La validation verrouille les réponses. Nom de la personne qui valide&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reopen the assessment</source>
        <translation>Rouvrir l’évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopening makes the answers editable again and is recorded. Why is it reopened?</source>
        <translation>Rouvrir permet de modifier à nouveau les réponses et reste tracé. Pourquoi la rouvrir&#xa0;?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move to the newer template</source>
        <translation>Passer au nouveau modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move this assessment to version {version}? Answers are carried over by question; any that cannot be carried are listed and kept in the history.</source>
        <translation>Passer cette évaluation à la version {version}&#xa0;? Les réponses sont reprises question par question&#xa0;; celles qui ne peuvent pas l’être sont indiquées et conservées dans l’historique.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not moved</source>
        <translation>Non déplacée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved to version {version}</source>
        <translation>Passée à la version {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{carried} answers carried over.</source>
        <translation>{carried} réponses reprises.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not carried:</source>
        <translation>Non reprises&#xa0;:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly</source>
        <translation>Partiellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/backups_dialog.py" line="+88"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged</source>
        <translation>Endommagée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup {id}</source>
        <translation>Sauvegarde {id}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="-54"/>
        <source>Made by you</source>
        <translation>Faite par vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a sync</source>
        <translation>Avant une synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+15"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A copy of your data is made before every upgrade, before a sync changes your records, and once a day while the app is open. Restoring a backup puts its data back; what you have now is first kept as a backup of its own, and the next sync brings back from HQ what you had already sent.</source>
        <translation>Une copie de vos données est faite avant chaque mise à niveau, avant qu’une synchronisation ne modifie vos enregistrements, et une fois par jour tant que l’application est ouverte. Restaurer une sauvegarde remet ses données en place ; ce que vous avez maintenant est d’abord gardé comme sauvegarde à part, et la synchronisation suivante ramène du siège ce que vous aviez déjà envoyé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kept in {folder}</source>
        <translation>Conservées dans {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The backup could not be made</source>
        <translation>La sauvegarde n’a pas pu être faite</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back your data as it was on {when}?</source>
        <translation>Remettre vos données telles qu’elles étaient le {when} ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you have now is first kept as a backup of its own, so this can be undone. Work you had already sent to HQ comes back at the next sync; work not sent since that day is only in the kept copy.</source>
        <translation>Ce que vous avez maintenant est d’abord gardé comme sauvegarde à part : cette opération peut donc être annulée. Le travail déjà envoyé au siège revient à la synchronisation suivante ; le travail non envoyé depuis ce jour-là ne se trouve que dans la copie gardée.</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <location filename="../../mercator_desktop/ui/team_calendar.py" line="+232"/>
        <source>{days} d · double-booked</source>
        <translation>{days} j · double réservation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{days} d booked</source>
        <translation>{days} j réservés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No expert in the directory yet.</source>
        <translation>Aucun expert dans le répertoire pour l’instant.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Overlaps another mission of this expert</source>
        <translation>Chevauche une autre mission de cet expert</translation>
    </message>
</context>
<context>
    <name>ChartRadarWidget</name>
    <message>
        <location filename="../../mercator_desktop/ui/chart_widgets.py" line="+127"/>
        <source>A radar needs three sections or more</source>
        <translation>Un graphique radar exige au moins trois sections</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_comparison.py" line="+191"/>
        <source>Compare with an earlier assessment</source>
        <translation>Comparer avec une évaluation antérieure</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare &amp;with:</source>
        <translation>Comparer &amp;avec :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scores of both assessments by section</source>
        <translation>Scores des deux évaluations par section</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No other assessment of this administration uses the same checklist yet. When the administration is assessed again (a follow-up), start the same checklist on the new mission: the two are then compared here, section by section.</source>
        <translation>Aucune autre évaluation de cette administration n’utilise encore la même liste de contrôle. Lorsque l’administration sera évaluée à nouveau (un suivi), commencez la même liste de contrôle dans la nouvelle mission : les deux seront alors comparées ici, section par section.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Baseline: {baseline}. Follow-up: {follow_up}. Scores are the percentage of the maximum over the answered questions; the change is in percentage points.</source>
        <translation>Référence : {baseline}. Suivi : {follow_up}. Les scores sont le pourcentage du maximum sur les questions répondues ; l’évolution est en points de pourcentage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baseline {year}</source>
        <translation>Référence {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up {year}</source>
        <translation>Suivi {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location line="-128"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change (points)</source>
        <translation>Évolution (points)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/sync_conflicts.py" line="+52"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+24"/>
        <location line="+25"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+24"/>
        <location line="+25"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ&apos;s</source>
        <translation>Celle du Siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No conflicts: everything you and HQ changed was merged.</source>
        <translation>Aucun conflit&#xa0;: tout ce que vous et le Siège avez modifié a été fusionné.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Edited at HQ while you deleted it</source>
        <translation>Modifié au siège pendant que vous le supprimiez</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted at HQ while you edited it</source>
        <translation>Supprimé au siège pendant que vous le modifiiez</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put your value back; it is sent to HQ at the next sync</source>
        <translation>Rétablir votre valeur&#xa0;; elle est envoyée au Siège à la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;HQ&apos;s</source>
        <translation>Garder celle du &amp;Siège</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept HQ&apos;s value (already in the record)</source>
        <translation>Accepter la valeur du Siège (déjà dans l’enregistrement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete anyway</source>
        <translation>&amp;Supprimer quand même</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete it (to the trash); HQ is told at the next sync</source>
        <translation>Le supprimer (vers la corbeille) ; le siège en est informé à la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep with their edit</source>
        <translation>&amp;Garder avec leur modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the record as HQ edited it</source>
        <translation>Garder l&apos;enregistrement tel que le siège l&apos;a modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore with my edit</source>
        <translation>&amp;Restaurer avec ma modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring it back with your edit; HQ gets it at the next sync</source>
        <translation>Le faire revenir avec votre modification ; le siège le reçoit à la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave deleted</source>
        <translation>&amp;Laisser supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept HQ&apos;s deletion (it stays in the trash here)</source>
        <translation>Accepter la suppression du siège (il reste dans la corbeille ici)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by HQ</source>
        <translation>Refusés par le Siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>HQ and you both changed these since the last sync. Everything else was merged. The record now holds HQ&apos;s version: keep HQ&apos;s, or keep yours — yours is then sent to HQ at the next sync.</source>
        <translation>Le siège et vous avez tous deux modifié ceci depuis la dernière synchronisation. Tout le reste a été fusionné. L&apos;enregistrement contient maintenant la version du siège : gardez celle du siège, ou la vôtre — la vôtre est alors envoyée au siège à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep HQ&apos;s</source>
        <translation>Garder celle du Siège</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HQ did not accept these records; they wait here and do not hold up the others. Do what the advice says, discard your change to take HQ&apos;s version back, or try them again.</source>
        <translation>Le siège n&apos;a pas accepté ces enregistrements ; ils attendent ici et ne bloquent pas les autres. Suivez le conseil, abandonnez votre modification pour reprendre la version du siège, ou réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HQ refused nothing.</source>
        <translation>Le siège n&apos;a rien refusé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ&apos;s reason</source>
        <translation>Motif du Siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Discard my change</source>
        <translation>&amp;Abandonner ma modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up this laptop&apos;s change of the selected record: it takes back the version HQ has</source>
        <translation>Abandonner la modification de l&apos;enregistrement sélectionné faite sur cet ordinateur : il reprend la version du siège</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Try them again at the next sync</source>
        <translation>&amp;Réessayer à la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send all these records again at the next sync</source>
        <translation>Renvoyer tous ces enregistrements à la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These came from HQ and cannot be applied yet. They are kept and applied as soon as the way out is done.</source>
        <translation>Ces enregistrements viennent du siège et ne peuvent pas encore être appliqués. Ils sont conservés et appliqués dès que la solution indiquée est faite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing from HQ is waiting.</source>
        <translation>Rien du siège n&apos;est en attente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it waits</source>
        <translation>Pourquoi il attend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Way out</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflits (%n)</numerusform>
            <numerusform>Conflits (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Refused by HQ (%n)</source>
        <translation>
            <numerusform>Refusés par le siège (%n)</numerusform>
            <numerusform>Refusés par le siège (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting (%n)</source>
        <translation>
            <numerusform>En attente (%n)</numerusform>
            <numerusform>En attente (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sync inbox: %n to look at</source>
        <translation>
            <numerusform>Boîte de synchronisation : %n à examiner</numerusform>
            <numerusform>Boîte de synchronisation : %n à examiner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync inbox</source>
        <translation>Boîte de synchronisation</translation>
    </message>
</context>
<context>
    <name>CounterpartTableModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/editor_models.py" line="+13"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../mercator_desktop/ui/crash.py" line="+122"/>
        <source>Mercator Desktop ran into an unexpected problem.</source>
        <translation>Mercator Desktop a rencontré un problème inattendu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It could not finish what it was doing. This is a bug in Mercator Desktop, not something you did wrong.

What you saved before is not affected: every change is stored in one step, so the last action was either stored completely or not at all. You can keep working; if something looks wrong, quit and start Mercator Desktop again.</source>
        <translation>Il n’a pas pu terminer l’opération en cours. Il s’agit d’un défaut de Mercator Desktop, pas d’une erreur de votre part.

Ce que vous aviez enregistré n’est pas touché&#xa0;: chaque modification est enregistrée en une seule étape, la dernière action a donc été enregistrée entièrement ou pas du tout. Vous pouvez continuer à travailler&#xa0;; si quelque chose vous semble anormal, quittez puis relancez Mercator Desktop.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The details were written to the log file:
{path}

Please send this file (or the copied details) to the Mercator Desktop team.</source>
        <translation>Les détails ont été écrits dans le fichier journal&#xa0;:
{path}

Merci d’envoyer ce fichier (ou les détails copiés) à l’équipe de Mercator Desktop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please copy the details and send them to the Mercator Desktop team.</source>
        <translation>Merci de copier les détails et de les envoyer à l’équipe de Mercator Desktop.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../mercator_desktop/ui/dashboard.py" line="+149"/>
        <source>missions start in the next {days} days</source>
        <translation>missions commencent dans les {days} prochains jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missions delivered without a report yet</source>
        <translation>missions réalisées encore sans rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action items overdue</source>
        <translation>actions en retard</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missions in all</source>
        <translation>missions au total</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Needs your attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coming up</source>
        <translation>Prochainement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missions by status</source>
        <translation>Missions par statut</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot show the dashboard</source>
        <translation>Impossible d’afficher le tableau de bord</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today, {date}</source>
        <translation>Aujourd’hui, {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} missions in your data</source>
        <translation>{n} missions dans vos données</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No mission starts in the next {days} days.</source>
        <translation>Aucune mission ne commence dans les {days} prochains jours.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dashboard: {count} {caption}</source>
        <translation>Tableau de bord&#xa0;: {count} {caption}</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../mercator_desktop/ui/data_safety.py" line="+55"/>
        <location line="+12"/>
        <location line="+27"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Close the mission and assessment windows first.</source>
        <translation>Fermez d’abord les fenêtres de mission et d’évaluation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They may hold changes not saved yet; nothing was restored.</source>
        <translation>Elles peuvent contenir des modifications non enregistrées ; rien n’a été restauré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+88"/>
        <source>The backup could not be restored.</source>
        <translation>La sauvegarde n’a pas pu être restaurée.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is back as it was on {when}. What you had before is kept as the backup “{kept}”. Sync with HQ to get back the work you had already sent.</source>
        <translation>Vos données sont revenues telles qu’elles étaient le {when}. Ce que vous aviez avant est gardé dans la sauvegarde « {kept} ». Synchronisez avec le siège pour récupérer le travail déjà envoyé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data folder could not be opened again.</source>
        <translation>Le dossier de données n’a pas pu être rouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Close Mercator Desktop and start it again.</source>
        <translation>{problem}

Fermez Mercator Desktop et relancez-le.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Everything exported to {folder}.</source>
        <translation>Tout a été exporté dans {folder}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export could not be written</source>
        <translation>L’export n’a pas pu être écrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything into a new or empty folder</source>
        <translation>Tout exporter dans un dossier nouveau ou vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file was not opened, so nothing in it was changed. SQLite says: {problem}</source>
        <translation>Le fichier n’a pas été ouvert : rien n’y a été modifié. SQLite indique : {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+8"/>
        <source>Your data is damaged</source>
        <translation>Vos données sont endommagées</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The database of Mercator Desktop is damaged and there is no backup to restore.</source>
        <translation>La base de données de Mercator Desktop est endommagée et il n’y a aucune sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the file {file} and ask for help.</source>
        <translation>Gardez le fichier {file} et demandez de l’aide.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database of Mercator Desktop is damaged. Restore the newest good backup, made on {when}?</source>
        <translation>La base de données de Mercator Desktop est endommagée. Restaurer la dernière bonne sauvegarde, faite le {when} ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged file is kept in the data folder&apos;s set-aside folder for inspection. Work you had sent to HQ after {when} comes back at the next sync.</source>
        <translation>Le fichier endommagé est gardé pour examen dans le dossier set-aside du dossier de données. Le travail envoyé au siège après le {when} revient à la synchronisation suivante.</translation>
    </message>
</context>
<context>
    <name>ExpertDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/expert_directory.py" line="+650"/>
        <source>New expert</source>
        <translation>Nouvel expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert: {name}</source>
        <translation>Expert&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+114"/>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Language codes, e.g. fr, en, es</source>
        <translation>Codes de langue, p. ex. fr, en, es</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accreditation category</source>
        <translation>Catégorie d’accréditation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accreditation status</source>
        <translation>Statut d’accréditation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accredited on</source>
        <translation>Accrédité(e) le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACE id</source>
        <translation>Identifiant ACE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add / update</source>
        <translation>Ajouter / mettre à jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+67"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Home &amp;country</source>
        <translation>&amp;Pays d’origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home &amp;administration</source>
        <translation>&amp;Administration d’origine</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accreditations (WCO categories)</source>
        <translation>Accréditations (catégories de l’OMD)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>None yet.</source>
        <translation>Aucune pour l’instant.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The expert was not saved</source>
        <translation>L’expert n’a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>ExpertDirectory</name>
    <message>
        <location line="-751"/>
        <source>accredited</source>
        <translation>accrédité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-accredited</source>
        <translation>pré-accrédité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lapsed</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Search experts by name</source>
        <translation>Rechercher un expert par son nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accreditation category</source>
        <translation>Catégorie d’accréditation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any accreditation</source>
        <translation>Toute accréditation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted experts</source>
        <translation>Experts supprimés</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New expert…</source>
        <translation>&amp;Nouvel expert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Missions of the selected expert</source>
        <translation>Missions de l’expert sélectionné</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter or double-click opens a mission.</source>
        <translation>Entrée ou un double-clic ouvre une mission.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>1 expert</source>
        <translation>1 expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} experts</source>
        <translation>{n} experts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No deleted experts.</source>
        <translation>Aucun expert supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts you delete wait here until you restore them.</source>
        <translation>Les experts que vous supprimez attendent ici jusqu&apos;à ce que vous les restauriez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No expert matches these filters.</source>
        <translation>Aucun expert ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No experts yet.</source>
        <translation>Aucun expert pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the experts you work with: their accreditations and languages, then pick them for a mission&apos;s team.</source>
        <translation>Ajoutez les experts avec qui vous travaillez : leurs accréditations et leurs langues, puis choisissez-les pour l&apos;équipe d&apos;une mission.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the first expert…</source>
        <translation>Ajouter le premier expert…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No expert selected</source>
        <translation>Aucun expert sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expert matches</source>
        <translation>Aucun expert ne correspond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No experts yet</source>
        <translation>Aucun expert pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No missions yet.</source>
        <translation>Aucune mission pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The missions this expert is on the team of show here; add the expert on a mission&apos;s Team tab.</source>
        <translation>Les missions dont cet expert fait partie de l&apos;équipe s&apos;affichent ici ; ajoutez l&apos;expert dans l&apos;onglet Équipe d&apos;une mission.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missions ({n})</source>
        <translation>Missions ({n})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Speaks {languages}</source>
        <translation>Langues&#xa0;: {languages}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> since {date}</source>
        <translation> depuis le {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No accreditation recorded</source>
        <translation>Aucune accréditation enregistrée</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot delete the expert</source>
        <translation>Impossible de supprimer l’expert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot restore the expert</source>
        <translation>Impossible de restaurer l’expert</translation>
    </message>
</context>
<context>
    <name>ExpertMissionsModel</name>
    <message>
        <location line="-407"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
</context>
<context>
    <name>ExpertTableModel</name>
    <message>
        <location line="-65"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accreditation</source>
        <translation>Accréditation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home country</source>
        <translation>Pays d’origine</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../mercator_desktop/ui/filter_bar.py" line="+56"/>
        <source>Search code, title, country or expert  (Ctrl+F)</source>
        <extracomment>↓ (False) or Enter (True) in the search field: go to the results (and open one)</extracomment>
        <translation>Code, titre, pays ou expert  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search missions</source>
        <translation>Rechercher des missions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any region</source>
        <translation>Toute région</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+168"/>
        <source>Any country</source>
        <translation>Tout pays</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Missions from</source>
        <translation>Missions à partir du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions that end on or after this date</source>
        <translation>Missions qui se terminent à cette date ou après</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missions until</source>
        <translation>Missions jusqu’au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions that start on or before this date</source>
        <translation>Missions qui commencent à cette date ou avant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show all missions</source>
        <translation>Afficher toutes les missions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Between</source>
        <translation>Entre le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{shown} of {total} missions in the trash</source>
        <translation>{shown} sur {total} missions dans la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total} missions in the trash</source>
        <translation>{total} missions dans la corbeille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} missions</source>
        <translation>{shown} sur {total} missions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 mission</source>
        <translation>1 mission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} missions</source>
        <translation>{total} missions</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="-121"/>
        <source>Edit the finding</source>
        <translation>Modifier la constatation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New finding</source>
        <translation>Nouvelle constatation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gap — something to improve</source>
        <translation>Lacune — à améliorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength — something that works</source>
        <translation>Point fort — ce qui fonctionne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not linked)</source>
        <translation>(aucun lien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this mission</source>
        <translation>cette mission</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type to search a factor, principle or article</source>
        <translation>Tapez pour rechercher un facteur, un principe ou un article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you saw, in a sentence or two the report can print as it is</source>
        <translation>Ce que vous avez constaté, en une ou deux phrases que le rapport peut reprendre telles quelles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Linked to:</source>
        <translation>&amp;Lié à&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this mission is linked to comes first; any factor, principle or article can be chosen.</source>
        <translation>Les éléments liés à cette mission viennent en premier&#xa0;; tout facteur, principe ou article peut être choisi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From &amp;assessment:</source>
        <translation>Issue de l’év&amp;aluation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../mercator_desktop/ui/global_search.py" line="+36"/>
        <source>Mission code</source>
        <extracomment>(kind, field) → where the hit is, as shown before its text</extracomment>
        <translation>Code de la mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics notes</source>
        <translation>Notes logistiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive summary</source>
        <translation>Résumé analytique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda, location</source>
        <translation>Ordre du jour, lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda, with</source>
        <translation>Ordre du jour, avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on an answer</source>
        <translation>Note sur une réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item, objective</source>
        <translation>Action, objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item, indicator</source>
        <translation>Action, indicateur</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <location line="+24"/>
        <source>Search everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kingston, a phrase from a note, a code…</source>
        <translation>Kingston, une phrase d&apos;une note, un code…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search missions, agendas, notes, findings and actions:</source>
        <translation>&amp;Rechercher dans les missions, ordres du jour, notes, constatations et actions :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type a word or two: accents and capitals do not matter. Enter opens the place it was found.</source>
        <translation>Tapez un mot ou deux : les accents et les majuscules n&apos;importent pas. Entrée ouvre l&apos;endroit où il a été trouvé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{code} — {title} ({count})</source>
        <translation>{code} — {title} ({count})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type a word or two: accents and capitals do not matter.</source>
        <translation>Tapez un mot ou deux : les accents et les majuscules n&apos;importent pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “{query}”. Try fewer words, or the beginning of a word.</source>
        <translation>Rien trouvé pour « {query} ». Essayez moins de mots, ou le début d&apos;un mot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 place found</source>
        <translation>1 endroit trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} places found</source>
        <translation>{n} endroits trouvés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in 1 mission</source>
        <translation>dans 1 mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {n} missions</source>
        <translation>dans {n} missions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter opens the place.</source>
        <translation>Entrée ouvre l&apos;endroit.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/import_preview.py" line="+53"/>
        <source>Import preview – {name}</source>
        <translation>Aperçu de l’import – {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values not recognised – choose what each one means</source>
        <translation>Valeurs non reconnues – choisissez ce que chacune signifie</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>What the import would do, row by row</source>
        <translation>Ce que ferait l’importation, ligne par ligne</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Means</source>
        <translation>Signifie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sheet “{sheet}” cannot be imported:</source>
        <translation>La feuille « {sheet} » ne peut pas être importée&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another sheet, or correct this one in your spreadsheet and import the file again.</source>
        <translation>Choisissez une autre feuille, ou corrigez celle-ci dans votre tableur et importez de nouveau le fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the sheet “{sheet}”…</source>
        <translation>Lecture de la feuille « {sheet} »…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>lines {lines}</source>
        <translation>lignes {lines}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line {lines}</source>
        <translation>ligne {lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {lines}</source>
        <translation>lignes {lines}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>row {lines}</source>
        <translation>ligne {lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records {lines}</source>
        <translation>enregistrements {lines}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>record {lines}</source>
        <translation>enregistrement {lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}”</source>
        <translation>« {value} »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matches more than one entry</source>
        <translation>correspond à plusieurs entrées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a new programme “{name}”</source>
        <translation>Créer un nouveau programme « {name} »</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Created: {created} · updated: {updated} · refused: {refused} (missions in the file: {total}).</source>
        <translation>Créées : {created} · mises à jour : {updated} · refusées : {refused} (missions dans le fichier : {total}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some rows have problems a choice cannot fix: correct them in your spreadsheet and import the file again. Nothing is imported until every row can be.</source>
        <translation>Certaines lignes ont des problèmes qu&apos;un choix ne peut pas régler : corrigez-les dans votre tableur et importez à nouveau le fichier. Rien n&apos;est importé tant que chaque ligne ne peut pas l&apos;être.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what each value not recognised means to import the file.</source>
        <translation>Choisissez ce que signifie chaque valeur non reconnue pour importer le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is stored until you click Import.</source>
        <translation>Rien n&apos;est enregistré avant que vous cliquiez sur Importer.</translation>
    </message>
</context>
<context>
    <name>IssueReportDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/issued_reports.py" line="+68"/>
        <source>Reissue the report</source>
        <translation>Réémettre le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the report</source>
        <translation>Émettre le rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This freezes the mission report as version %1: the PDF is kept in the data folder, listed on the mission and sent to HQ with the next sync. An issued report is never changed; a correction is a new version.</source>
        <translation>Le rapport de mission est figé dans la version %1 : le PDF est conservé dans le dossier de données, listé sur la mission et envoyé au siège à la prochaine synchronisation. Un rapport émis n&apos;est jamais modifié ; une correction est une nouvelle version.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date of issue</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Date of &amp;issue:</source>
        <translation>&amp;Date d&apos;émission :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Issue version %1</source>
        <translation>É&amp;mettre la version %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the results of the assessments</source>
        <translation>les résultats des évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the findings</source>
        <translation>les constatations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the action plan</source>
        <translation>le plan d&apos;action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue a Final report?</source>
        <translation>Émettre un rapport définitif ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These parts of the report are empty: %1. Issue it as Final anyway?</source>
        <translation>Ces parties du rapport sont vides : %1. L&apos;émettre quand même comme définitif ?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issuing the report…</source>
        <translation>Émission du rapport…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not issued</source>
        <translation>Le rapport n&apos;a pas été émis</translation>
    </message>
</context>
<context>
    <name>IssuedReports</name>
    <message>
        <location line="-125"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
</context>
<context>
    <name>IssuedReportsPanel</name>
    <message>
        <location line="+145"/>
        <source>Version</source>
        <extracomment>who opens the issue dialog (the editor: it offers to save unsaved changes first); by default the panel itself</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of issue</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issued reports of the mission</source>
        <translation>Rapports émis de la mission</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Issue report…</source>
        <translation>É&amp;mettre le rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reissue…</source>
        <translation>&amp;Réémettre…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each issue freezes the report as it was sent: version 1.0, then 1.1, 1.2 … The PDF is kept in the data folder (encrypted when the folder is) and goes to HQ and the mission&apos;s other experts with the sync.</source>
        <translation>Chaque émission fige le rapport tel qu&apos;il a été envoyé : version 1.0, puis 1.1, 1.2… Le PDF est conservé dans le dossier de données (chiffré si le dossier l&apos;est) et part au siège et aux autres experts de la mission avec la synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No report issued yet.</source>
        <translation>Aucun rapport émis pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (arrives with the next sync)</source>
        <translation>%1 (arrive avec la prochaine synchronisation)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Version %1 of the report issued (%2 pages)</source>
        <translation>Version %1 du rapport émise (%2 pages)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report cannot be opened</source>
        <translation>Le rapport ne peut pas être ouvert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a copy of the issued report</source>
        <translation>Enregistrer une copie du rapport émis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy was not saved</source>
        <translation>La copie n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/letterhead_dialog.py" line="+39"/>
        <source>Letterhead for reports</source>
        <translation>En-tête des rapports</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed on the cover and at the top of every page of the reports made on this computer. Leave a field empty to print the standard wording shown in grey.</source>
        <translation>Imprimé sur la couverture et en haut de chaque page des rapports faits sur cet ordinateur. Laissez un champ vide pour imprimer la formule standard affichée en gris.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>World Customs Organization</source>
        <translation>Organisation mondiale des douanes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity Building</source>
        <translation>Renforcement des capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address line:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Rue du Marché 30, 1210 Brussels, Belgium</source>
        <translation>p. ex. Rue du Marché 30, 1210 Bruxelles, Belgique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Classification:</source>
        <translation>&amp;Classification :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESTRICTED — for the beneficiary administration and the WCO only</source>
        <translation>DIFFUSION RESTREINTE — réservé à l&apos;administration bénéficiaire et à l&apos;OMD</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;hoose image…</source>
        <translation>C&amp;hoisir une image…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no logo)</source>
        <translation>(aucun logo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
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
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a new mission</source>
        <translation>Planifier une nouvelle mission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected mission</source>
        <translation>Ouvrir la mission sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new mission from the selected one</source>
        <translation>Créer une nouvelle mission à partir de celle sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected mission to the trash</source>
        <translation>Mettre la mission sélectionnée à la corbeille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;trash</source>
        <translation>Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the missions in the trash, to restore them</source>
        <translation>Afficher les missions de la corbeille, pour les restaurer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;estore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected mission out of the trash</source>
        <translation>Sortir la mission sélectionnée de la corbeille</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Assessments…</source>
        <translation>É&amp;valuations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the mission on its assessments (checklists)</source>
        <translation>Ouvrir la mission sur ses évaluations (listes de contrôle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the mission report of the selected mission as a PDF</source>
        <translation>Produire le rapport de la mission sélectionnée en PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Progress report…</source>
        <translation>&amp;Rapport d’avancement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the Capacity Building Progress Report as a PDF</source>
        <translation>Produire en PDF le rapport d’avancement sur le renforcement des capacités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Letterhead for reports…</source>
        <translation>En-tête des ra&amp;pports…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation, address, classification and logo printed on the reports</source>
        <translation>Organisation, adresse, classification et logo imprimés sur les rapports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>Sauve&amp;gardes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copies of your data: make one now, or restore one</source>
        <translation>Les copies de vos données : en faire une maintenant, ou en restaurer une</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;tect this data folder…</source>
        <translation>Protéger ce &amp;dossier de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt this data folder, so that a lost laptop does not give it away</source>
        <translation>Chiffrer ce dossier de données, pour qu’un ordinateur perdu ne le livre pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hange recovery passphrase…</source>
        <translation>&amp;Changer la phrase de récupération…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new recovery passphrase for this encrypted data folder</source>
        <translation>Choisir une nouvelle phrase de récupération pour ce dossier de données chiffré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export e&amp;verything…</source>
        <translation>&amp;Tout exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every record, evidence file and report into a folder, readable without the app</source>
        <translation>Écrire chaque enregistrement, pièce justificative et rapport dans un dossier, lisible sans l’application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign i&amp;n to HQ…</source>
        <translation>Se &amp;connecter au Siège…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to WCO headquarters to sync</source>
        <translation>Se connecter au Siège de l’OMD pour synchroniser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your changes to HQ and receive theirs</source>
        <translation>Envoyer vos modifications au Siège et recevoir les siennes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync &amp;automatically when HQ can be reached</source>
        <translation>Synchroniser &amp;automatiquement quand le Siège est joignable</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the HQ session on this computer; your work stays here</source>
        <translation>Fermer la session du Siège sur cet ordinateur&#xa0;; votre travail reste ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find missions</source>
        <translation>&amp;Rechercher des missions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to narrow the mission list</source>
        <translation>Tapez pour filtrer la liste des missions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search everything…</source>
        <translation>Rec&amp;hercher partout…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a word in every mission: objectives, locations, agendas, notes, findings and actions</source>
        <translation>Trouver un mot dans toutes les missions : objectifs, lieux, ordres du jour, notes, constatations et actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cl&amp;ear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every mission again</source>
        <translation>Afficher à nouveau toutes les missions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Missions</source>
        <translation>&amp;Missions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xperts</source>
        <translation>E&amp;xperts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team &amp;calendar</source>
        <translation>&amp;Calendrier de l’équipe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit Mercator Desktop</source>
        <translation>Quitter Mercator Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Mercator Desktop</source>
        <translation>À &amp;propos de Mercator Desktop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mission actions</source>
        <translation>Actions sur les missions</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Plan your first mission</source>
        <translation>Planifier votre première mission</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import missions from a spreadsheet…</source>
        <translation>Importer des missions d’un tableur…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mission matches these filters.</source>
        <translation>Aucune mission ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+61"/>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The trash: missions you deleted. Select one and choose Restore (Ctrl+R) to bring it back.</source>
        <translation>La corbeille&#xa0;: les missions que vous avez supprimées. Sélectionnez-en une et choisissez Restaurer (Ctrl+R) pour la récupérer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+108"/>
        <location line="+622"/>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <location line="-621"/>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team calendar</source>
        <translation>Calendrier de l’équipe</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Loading the missions…</source>
        <translation>Chargement des missions…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot load the missions</source>
        <translation>Impossible de charger les missions</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions you delete wait here until you restore them.</source>
        <translation>Les missions supprimées restent ici jusqu’à ce que vous les restauriez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No missions yet.</source>
        <translation>Aucune mission pour l’instant.</translation>
    </message>
    <message>
        <location line="+504"/>
        <source>Correct the file in your spreadsheet and import it again.</source>
        <translation>Corrigez le fichier dans votre tableur et importez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the missions shown</source>
        <translation>Exporter les missions affichées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These windows have unsaved changes:</source>
        <translation>Ces fenêtres ont des modifications non enregistrées :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before quitting?</source>
        <translation>Les enregistrer avant de quitter ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save all</source>
        <translation>&amp;Tout enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discard all</source>
        <translation>Tout &amp;abandonner</translation>
    </message>
    <message>
        <location line="-1236"/>
        <location line="+602"/>
        <source>Sync &amp;inbox…</source>
        <translation>&amp;Boîte de synchronisation…</translation>
    </message>
    <message>
        <location line="-601"/>
        <source>Fields HQ and you both changed, records HQ refused and records from HQ that wait</source>
        <translation>Champs modifiés par le siège et par vous, enregistrements refusés par le siège et enregistrements du siège en attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;rchived missions…</source>
        <translation>Missions a&amp;rchivées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions you were taken off the team of, kept read-only on this laptop</source>
        <translation>Missions dont vous avez été retiré(e) de l&apos;équipe, conservées en lecture seule sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+503"/>
        <source>Plan your first mission, or import the missions you keep in a spreadsheet (Excel, OpenDocument or CSV). Everything stays on this computer until you sync.</source>
        <translation>Planifiez votre première mission, ou importez les missions que vous suivez dans un tableur (Excel, OpenDocument ou CSV). Tout reste sur cet ordinateur jusqu’à la synchronisation.</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>Sync &amp;inbox (%n)…</source>
        <translation>
            <numerusform>&amp;Boîte de synchronisation (%n)…</numerusform>
            <numerusform>&amp;Boîte de synchronisation (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot open the mission</source>
        <translation>Impossible d’ouvrir la mission</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New mission from {code}: give it its dates, then save.</source>
        <translation>Nouvelle mission à partir de {code}&#xa0;: indiquez ses dates, puis enregistrez.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Mission is being edited</source>
        <translation>Mission en cours de modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} has unsaved changes in its window.</source>
        <translation>{code} a des modifications non enregistrées dans sa fenêtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save or close that window first, then delete the mission.</source>
        <translation>Enregistrez ou fermez d’abord cette fenêtre, puis supprimez la mission.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot delete the mission</source>
        <translation>Impossible de supprimer la mission</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} moved to the trash. Show the trash (Ctrl+Shift+T) to restore it.</source>
        <translation>{code} a été mise à la corbeille. Affichez la corbeille (Ctrl+Maj+T) pour la restaurer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot restore the mission</source>
        <translation>Impossible de restaurer la mission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} is back in the mission list.</source>
        <translation>{code} est de retour dans la liste des missions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+1"/>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{total} missions imported from {name}: {created} new, {updated} updated.</source>
        <translation>{total} missions importées depuis {name}&#xa0;: {created} nouvelles, {updated} mises à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} of them came back from the trash.</source>
        <translation>{n} d’entre elles sont sorties de la corbeille.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New experts in the directory: {names}.</source>
        <translation>Nouveaux experts dans le répertoire&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check:</source>
        <translation>Veuillez vérifier&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import annulé&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+97"/>
        <source>Nothing was imported from {name}.</source>
        <translation>Rien n’a été importé depuis {name}.</translation>
    </message>
    <message>
        <location line="-1042"/>
        <source>&amp;Import missions…</source>
        <translation>&amp;Importer des missions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import missions from a spreadsheet (Excel, OpenDocument or CSV)</source>
        <translation>Importer des missions depuis un tableur (Excel, OpenDocument ou CSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export missions…</source>
        <translation>&amp;Exporter les missions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the missions shown to an Excel workbook or a CSV file</source>
        <translation>Exporter les missions affichées vers un classeur Excel ou un fichier CSV</translation>
    </message>
    <message>
        <location line="+906"/>
        <source>Import missions</source>
        <translation>Importer des missions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv);;Mission files (*.json);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.xls *.ods *.csv);;Fichiers de missions (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check what {name} holds, then import it.</source>
        <translation>Vérifiez le contenu de {name}, puis importez-le.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>… and {n} more (see the details)</source>
        <translation>… et {n} de plus (voir les détails)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nothing was imported: {name} has {n} problems to fix.</source>
        <translation>Rien n’a été importé&#xa0;: {name} contient {n} problèmes à corriger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: {name} has a problem to fix.</source>
        <translation>Rien n’a été importé&#xa0;: {name} contient un problème à corriger.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Waiting for the import to finish…</source>
        <translation>En attente de la fin de l’importation…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Exporting to {name}…</source>
        <translation>Export vers {name}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} missions exported to {path}.</source>
        <translation>{count} missions exportées vers {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dashboard selection is not part of an export; the other filters are.</source>
        <translation>La sélection du tableau de bord n’est pas prise en compte dans l’export&#xa0;; les autres filtres le sont.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&lt;h3&gt;Mercator Desktop {version}&lt;/h3&gt;&lt;p&gt;The offline workbench of WCO accredited experts: plan missions, fill the GEOAT and integrity checklists, write the mission report and sync with WCO headquarters when a connection appears.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mercator Desktop {version}&lt;/h3&gt;&lt;p&gt;L’outil de travail hors ligne des experts accrédités de l’OMD&#xa0;: planifier les missions, remplir les listes de contrôle GEOAT et intégrité, rédiger le rapport de mission et synchroniser avec le Siège de l’OMD dès qu’une connexion est disponible.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Your data: {folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vos données&#xa0;: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Mercator Desktop</source>
        <translation>À propos de Mercator Desktop</translation>
    </message>
</context>
<context>
    <name>MissionAssessmentsPanel</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_assessments.py" line="+388"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop group</source>
        <translation>Groupe d’atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Percentage of the maximum over the answered questions, weights applied</source>
        <translation>Pourcentage du maximum sur les questions répondues, pondération appliquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessments of the mission</source>
        <translation>Évaluations de la mission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No assessments yet.</source>
        <translation>Aucune évaluation pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the checklist that fits the mission (GEOAT, integrity); for a workshop with several groups, one per group.</source>
        <translation>Commencez la liste de contrôle qui convient à la mission (GEOAT, intégrité) ; pour un atelier de plusieurs groupes, une par groupe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an assessment…</source>
        <translation>Commencer une évaluation…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The checklists filled for this mission — one per workshop group if you like. Answers are saved as you give them; what you do on this page is stored at once and is not part of the mission&apos;s Save and Undo.</source>
        <translation>Les listes de contrôle remplies pour cette mission — une par groupe d’atelier si vous le souhaitez. Les réponses sont enregistrées au fur et à mesure&#xa0;; ce que vous faites sur cette page est enregistré immédiatement et ne dépend pas des commandes Enregistrer et Annuler de la mission.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the new mission first (Ctrl+S); then you can start its assessments here.</source>
        <translation>Enregistrez d’abord la nouvelle mission (Ctrl+S)&#xa0;; vous pourrez ensuite commencer ses évaluations ici.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessments in the trash. Select one and click Restore to bring it back.</source>
        <translation>Évaluations dans la corbeille. Sélectionnez-en une et cliquez sur Restaurer pour la récupérer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the filling screen (Enter)</source>
        <translation>Ouvrir l’écran de saisie (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected assessment to the trash (Delete)</source>
        <translation>Mettre l’évaluation sélectionnée à la corbeille (Suppr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;how trash</source>
        <translation>A&amp;fficher la corbeille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest&amp;ore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{done} answers</source>
        <translation>{done} réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Validated by {name} on {day}; locked. Open it and use Reopen… (with a reason) to change it.</source>
        <translation>Validée par {name} le {day}&#xa0;; verrouillée. Ouvrez-la et utilisez Rouvrir… (avec un motif) pour la modifier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} questions not answered yet.</source>
        <translation>{n} questions encore sans réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every question is answered.</source>
        <translation>Toutes les questions ont une réponse.</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/team.py" line="+40"/>
        <source>Lead expert</source>
        <translation>Expert principal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co-facilitator</source>
        <translation>Co-animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WCO staff</source>
        <translation>Personnel de l’OMD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+164"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+102"/>
        <source>Save the mission (Ctrl+S)</source>
        <translation>Enregistrer la mission (Ctrl+S)</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous section</source>
        <translation>Section précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the mission report as a PDF (Ctrl+Shift+E)</source>
        <translation>Produire le rapport de mission en PDF (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issue report…</source>
        <translation>É&amp;mettre le rapport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freeze the mission report as a new version, kept and sent to HQ</source>
        <translation>Figer le rapport de mission dans une nouvelle version, conservée et envoyée au siège</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editing</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued reports</source>
        <translation>Rapports émis</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>from {start}, ongoing</source>
        <translation>à partir du {start}, en cours</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/team.py" line="+27"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="-162"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/agenda.py" line="+66"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+1"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/conflicts.py" line="+126"/>
        <source>Not saved: changed elsewhere meanwhile — choose what to keep, then save again</source>
        <translation>Non enregistré : modifié ailleurs entre-temps — choisissez ce que vous gardez, puis enregistrez à nouveau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>changed elsewhere meanwhile too; saving again keeps what you see here</source>
        <translation>modifié ailleurs entre-temps aussi ; enregistrer à nouveau garde ce que vous voyez ici</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/participants.py" line="+50"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+0"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+0"/>
        <source>Logistics</source>
        <translation>Logistique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings and actions</source>
        <translation>Constatations et actions</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/fields.py" line="+332"/>
        <source>e.g. JM-2025-INTD-01</source>
        <translation>p. ex. JM-2025-INTD-01</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a type…</source>
        <translation>Choisir un type…</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="+37"/>
        <source>Only the moves the mission lifecycle allows from the saved status are offered.</source>
        <translation>Seuls les changements permis par le cycle de vie de la mission depuis le statut enregistré sont proposés.</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/fields.py" line="+5"/>
        <source>Type to search a country</source>
        <translation>Tapez pour rechercher un pays</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="+7"/>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the customs administration of this country to the list</source>
        <translation>Ajouter l’administration des douanes de ce pays à la liste</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/agenda.py" line="+69"/>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="+29"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/fields.py" line="+10"/>
        <source>City, venue</source>
        <translation>Ville, lieu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote (online)</source>
        <translation>À distance (en ligne)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter reference</source>
        <translation>Référence du courrier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the administration asked for and what the mission should achieve</source>
        <translation>Ce que l’administration a demandé et ce que la mission doit accomplir</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="-22"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cou&amp;ntry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/agenda.py" line="+11"/>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="+2"/>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="+3"/>
        <source>P&amp;rogramme</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>received</source>
        <translation>reçue le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;quest</source>
        <translation>Dem&amp;ande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/links.py" line="+53"/>
        <source>Find an article, e.g. 7.6 or enquiry</source>
        <translation>Rechercher un article, p. ex. 7.6</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/team.py" line="-13"/>
        <source>Type to search the directory</source>
        <translation>Tapez pour rechercher dans le répertoire</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+162"/>
        <source>&amp;Add to team</source>
        <translation>&amp;Ajouter à l’équipe</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>No one on the team yet.</source>
        <translation>Personne dans l&apos;équipe pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name in Expert above, choose the role, then Add to team. The lead expert comes first in the report.</source>
        <translation>Tapez un nom dans Expert ci-dessus, choisissez le rôle, puis Ajouter à l&apos;équipe. L&apos;expert principal figure en premier dans le rapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the first expert</source>
        <translation>Choisir le premier expert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove from team</source>
        <translation>&amp;Retirer de l’équipe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E&amp;xpert</source>
        <translation>E&amp;xpert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ole</source>
        <translation>Rô&amp;le</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick experts from the directory and give each a role. A mission past &apos;planned&apos; needs a lead expert.</source>
        <translation>Choisissez des experts dans le répertoire et attribuez un rôle à chacun. Au-delà du statut «&#xa0;planifiée&#xa0;», une mission doit avoir un expert principal.</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/agenda.py" line="-72"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Opening with the Commissioner</source>
        <translation>p. ex. Ouverture avec le Directeur général</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who attends</source>
        <translation>Qui y assiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions planned yet.</source>
        <translation>Aucune séance prévue pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the day and the activity below, then Add session.</source>
        <translation>Indiquez le jour et l&apos;activité ci-dessous, puis Ajouter la séance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the first session</source>
        <translation>Prévoir la première séance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add session</source>
        <translation>&amp;Ajouter la séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update session</source>
        <translation>&amp;Modifier la séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move u&amp;p</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier in the day (Alt+Up)</source>
        <translation>Plus tôt dans la journée (Alt+Haut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later in the day (Alt+Down)</source>
        <translation>Plus tard dans la journée (Alt+Bas)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Da&amp;y</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;rom</source>
        <translation>D&amp;e</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>W&amp;ith</source>
        <translation>Ave&amp;c</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/participants.py" line="-12"/>
        <source>Total = women + men</source>
        <translation>Total = femmes + hommes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Women</source>
        <translation>&amp;Femmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Men</source>
        <translation>&amp;Hommes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Total</source>
        <translation>&amp;Total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counts of the workshop or meeting participants; leave empty when not known. The total may include people who did not say.</source>
        <translation>Nombre de participants à l’atelier ou à la réunion&#xa0;; laisser vide si inconnu. Le total peut inclure des personnes qui ne l’ont pas précisé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No counterparts yet.</source>
        <translation>Aucun homologue pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people of the administration the team works with: type a name below and add them.</source>
        <translation>Les personnes de l&apos;administration avec qui l&apos;équipe travaille : tapez un nom ci-dessous et ajoutez-les.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit, e.g. Internal Affairs</source>
        <translation>Unité, p. ex. Affaires internes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail or phone</source>
        <translation>Courriel ou téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s name</source>
        <translation>Nom de l’homologue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s unit</source>
        <translation>Unité de l’homologue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart&apos;s e-mail or phone</source>
        <translation>Courriel ou téléphone de l’homologue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd counterpart</source>
        <translation>A&amp;jouter un homologue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+9"/>
        <source>Beneficiary counterparts</source>
        <translation>Homologues de l’administration bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/fields.py" line="+13"/>
        <source>Flights, visas, hotel, venue, interpreters, equipment, security briefings…</source>
        <translation>Vols, visas, hôtel, salle, interprètes, matériel, consignes de sécurité…</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/logistics.py" line="+23"/>
        <source>&amp;Notes on logistics</source>
        <translation>&amp;Notes logistiques</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="+68"/>
        <source>{status} (now)</source>
        <translation>{status} (actuel)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>WCO region: {region}</source>
        <translation>Région OMD&#xa0;: {region}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not recorded)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/fields.py" line="-52"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>topics</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>administration</source>
        <translation>administration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remote</source>
        <translation>à distance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>request date</source>
        <translation>date de la demande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>objectives</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>executive summary</source>
        <translation>résumé analytique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the mission found and what matters most for the administration</source>
        <translation>Ce que la mission a constaté et ce qui compte le plus pour l’administration</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take theirs</source>
        <translation>Prendre l’autre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed elsewhere to «{value}»</source>
        <translation>Modifié ailleurs en « {value} »</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="-190"/>
        <source>TFA articles</source>
        <translation>Articles de l’AFE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arusha factors</source>
        <translation>Facteurs d’Arusha</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/links.py" line="+85"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+1"/>
        <source>GEOAT principles</source>
        <translation>Principes du GEOAT</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+1"/>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda</source>
        <translation>ordre du jour</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/fields.py" line="-59"/>
        <source>women</source>
        <translation>femmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>men</source>
        <translation>hommes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+1"/>
        <source>counterparts</source>
        <translation>homologues</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/fields.py" line="+2"/>
        <source>logistics notes</source>
        <translation>notes logistiques</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/problems.py" line="+96"/>
        <source>Not saved: 1 problem to correct</source>
        <translation>Non enregistrée&#xa0;: 1 problème à corriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: {n} problems to correct</source>
        <translation>Non enregistrée&#xa0;: {n} problèmes à corriger</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/saving.py" line="+61"/>
        <source>choose the type of mission</source>
        <translation>choisissez le type de mission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the country</source>
        <translation>choisissez le pays</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The mission was not saved</source>
        <translation>La mission n’a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double booking</source>
        <translation>Double réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is already booked at the same time on:
{missions}</source>
        <translation>{name} est déjà réservé(e) aux mêmes dates pour&#xa0;:
{missions}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mission with the double booking?</source>
        <translation>Enregistrer cette mission malgré la double réservation&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not saved: {name} is booked on another mission at the same time; change the dates or the team, or save again and accept the double booking</source>
        <translation>non enregistrée&#xa0;: {name} est réservé(e) sur une autre mission aux mêmes dates&#xa0;; modifiez les dates ou l’équipe, ou enregistrez à nouveau en acceptant la double réservation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved at {time}</source>
        <translation>Enregistrée à {time}</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/team.py" line="+75"/>
        <source>choose an expert from the directory</source>
        <translation>choisissez un expert dans le répertoire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is already booked at the same time: {missions}. You will be asked to confirm when you save.</source>
        <translation>{name} est déjà réservé(e) aux mêmes dates&#xa0;: {missions}. Une confirmation vous sera demandée à l’enregistrement.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Set role</source>
        <translation>&amp;Définir le rôle</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/agenda.py" line="+69"/>
        <source>Sessions fall within the mission dates, {start} to {end}. Sessions of a day keep the order you give them (Alt+Up / Alt+Down).</source>
        <translation>Les séances ont lieu pendant la mission, du {start} au {end}. Les séances d’une même journée gardent l’ordre que vous leur donnez (Alt+Haut / Alt+Bas).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mission is ongoing: sessions fall on or after its start, {start}. Sessions of a day keep the order you give them (Alt+Up / Alt+Down).</source>
        <translation>La mission est en cours : les séances ont lieu à partir de son début, le {start}. Les séances d&apos;une même journée gardent l&apos;ordre que vous leur donnez (Alt+Haut / Alt+Bas).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the mission its dates (Overview) to plan the days.</source>
        <translation>Indiquez les dates de la mission (Vue d’ensemble) pour planifier les journées.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>give the day of the session</source>
        <translation>indiquez le jour de la séance</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/links.py" line="-2"/>
        <source>WTO Trade Facilitation Agreement — articles</source>
        <translation>Accord de l’OMC sur la facilitation des échanges — articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised Arusha Declaration — factors</source>
        <translation>Déclaration d’Arusha révisée — facteurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} ({n} chosen)</source>
        <translation>{title} ({n} choisis)</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="+17"/>
        <source>New administration</source>
        <translation>Nouvelle administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the customs administration of {country}:</source>
        <translation>Nom de l’administration des douanes de {country}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+300"/>
        <location line="+13"/>
        <location line="+55"/>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/overview.py" line="-42"/>
        <source> (now)</source>
        <translation> (actuel)</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+10"/>
        <source>{name}[*] — Mercator Desktop</source>
        <translation>{name}[*] — Mercator Desktop</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/report.py" line="+49"/>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="+42"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report is made from the saved mission. Save your changes first?</source>
        <translation>Le rapport est produit à partir de la mission enregistrée. Enregistrer d’abord vos modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Save and export</source>
        <translation>Enregistrer et exporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save and issue</source>
        <translation>Enregistrer et émettre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/mission_editor.py" line="-2"/>
        <source>the new mission</source>
        <translation>la nouvelle mission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the changes to {name} before closing?</source>
        <translation>Enregistrer les modifications de {name} avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../mercator_desktop/ui/editor_sections/summary.py" line="+25"/>
        <source>&amp;Executive summary</source>
        <translation>&amp;Résumé analytique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key conclusions of the mission, in a few paragraphs: they open the mission report, before the details. Leave a blank line between paragraphs.</source>
        <translation>Les principales conclusions de la mission, en quelques paragraphes : elles ouvrent le rapport de mission, avant le détail. Laissez une ligne vide entre les paragraphes.</translation>
    </message>
</context>
<context>
    <name>MissionFindingsPanel</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="+347"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths and gaps found, each linked to the factor, principle or article it concerns. The report prints them in this order.</source>
        <translation>Points forts et lacunes constatés, chacun lié au facteur, au principe ou à l’article concerné. Le rapport les présente dans cet ordre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add finding…</source>
        <translation>&amp;Ajouter une constatation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No findings yet.</source>
        <translation>Aucune constatation pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers finding</source>
        <translation>Répond à la constatation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the administration should do, most important first.</source>
        <translation>Ce que l’administration devrait faire, par ordre d’importance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add recommendation…</source>
        <translation>&amp;Ajouter une recommandation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No recommendations yet.</source>
        <translation>Aucune recommandation pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator: {text}</source>
        <translation>Indicateur&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible unit</source>
        <translation>Unité responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeframe</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The action plan agreed with the administration. Select an action to see and add its progress updates.</source>
        <translation>Le plan d’action convenu avec l’administration. Sélectionnez une action pour voir et ajouter ses points d’avancement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add action…</source>
        <translation>&amp;Ajouter une action…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action plan yet.</source>
        <translation>Aucun plan d&apos;action pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+151"/>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Save the new mission first (Ctrl+S); then you can record its findings, recommendations and action plan here.</source>
        <translation>Enregistrez d’abord la nouvelle mission (Ctrl+S)&#xa0;; vous pourrez ensuite saisir ici ses constatations, recommandations et plan d’action.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stored at once: what you do on this page is not part of the mission&apos;s Save and Undo.</source>
        <translation>Enregistré immédiatement&#xa0;: ce que vous faites sur cette page ne dépend pas des commandes Enregistrer et Annuler de la mission.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add pro&amp;gress update…</source>
        <translation>Ajouter un point d’a&amp;vancement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove &amp;update</source>
        <translation>Retirer le &amp;point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected progress update to the trash (a correction)</source>
        <translation>Mettre le point d’avancement sélectionné à la corbeille (correction)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+169"/>
        <source>Progress of the selected action</source>
        <translation>Avancement de l’action sélectionnée</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>(a finding in the trash)</source>
        <translation>(une constatation dans la corbeille)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Progress of: {activity}</source>
        <translation>Avancement de&#xa0;: {activity}</translation>
    </message>
</context>
<context>
    <name>MissionReportDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/report_actions.py" line="+267"/>
        <source>Export the mission report</source>
        <translation>Exporter le rapport de mission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission report of %1 — %2</source>
        <translation>Rapport de mission %1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (.docx)</source>
        <translation>Document Word (.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of issue</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;issue:</source>
        <translation>Date d&apos;&amp;émission :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the results of the assessments</source>
        <translation>les résultats des évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the findings</source>
        <translation>les constats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the action plan</source>
        <translation>le plan d&apos;action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export a Final report?</source>
        <translation>Exporter un rapport définitif ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mission&apos;s report is Final, but these parts are empty: %1. Export it as Final anyway?</source>
        <translation>Le rapport de la mission est définitif, mais ces parties sont vides : %1. L&apos;exporter quand même comme définitif ?</translation>
    </message>
</context>
<context>
    <name>MissionTableModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_model.py" line="+223"/>
        <source>Code</source>
        <extracomment>the folded text the free-text filter looks in; None: made when a filter first needs it (``MissionTableModel``)</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead expert</source>
        <translation>Expert principal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet sent</source>
        <translation>Pas encore envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to send</source>
        <translation>Modifications à envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced</source>
        <translation>Synchronisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No lead expert yet</source>
        <translation>Pas encore d’expert principal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From {start}, no end date yet</source>
        <translation>À partir du {start}, sans date de fin pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_assessments.py" line="-498"/>
        <source>New assessment</source>
        <extracomment>open filling screens, by assessment id (one window per assessment)</extracomment>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a checklist from &amp;XLSForm…</source>
        <translation>Ajouter une liste de contrôle depuis un &amp;XLSForm…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install a checklist written as an XLSForm workbook (.xlsx with the sheets survey, choices and settings), e.g. the official wording sent by HQ</source>
        <translation>Installer une liste de contrôle écrite comme classeur XLSForm (.xlsx avec les feuilles survey, choices et settings), par exemple le texte officiel envoyé par le siège</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Senior management (optional)</source>
        <translation>p. ex. Direction générale (facultatif)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>… and {n} more (see the log file)</source>
        <translation>… et {n} de plus (voir le fichier journal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some checklist files could not be read and are not offered here; the other checklists work normally. Ask HQ for a corrected file.</source>
        <translation>Certains fichiers de listes de contrôle n’ont pas pu être lus et ne sont pas proposés ici&#xa0;; les autres fonctionnent normalement. Demandez un fichier corrigé au Siège.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Checklist:</source>
        <translation>Liste de &amp;contrôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop &amp;group:</source>
        <translation>&amp;Groupe d’atelier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start and open</source>
        <translation>Commencer et &amp;ouvrir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a checklist for this mission. For a workshop with several groups, start one per group and name the group.</source>
        <translation>Commencez une liste de contrôle pour cette mission. Pour un atelier de plusieurs groupes, commencez-en une par groupe et nommez le groupe.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no checklist can be started: none could be read</source>
        <translation>aucune liste de contrôle ne peut être commencée&#xa0;: aucune n’a pu être lue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a checklist from XLSForm</source>
        <translation>Ajouter une liste de contrôle depuis un XLSForm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSForm workbooks (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Classeurs XLSForm (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>… and {n} more (see Show Details)</source>
        <translation>… et {n} autres (voir Afficher les détails)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Checklist not added</source>
        <translation>Liste de contrôle non ajoutée</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{file} cannot be used as a checklist; nothing was added. Correct these places in the workbook and add it again:</source>
        <translation>{file} ne peut pas servir de liste de contrôle ; rien n&apos;a été ajouté. Corrigez ces endroits du classeur et ajoutez-le à nouveau :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>already installed</source>
        <translation>déjà installée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n} questions · version {version}</source>
        <translation>{n} questions · version {version}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>choose a checklist</source>
        <translation>choisissez une liste de contrôle</translation>
    </message>
</context>
<context>
    <name>PassphraseCheck</name>
    <message>
        <location filename="../../mercator_desktop/ui/protection_dialogs.py" line="+65"/>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase de récupération…</translation>
    </message>
</context>
<context>
    <name>PersonNameDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/person_dialog.py" line="+29"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mercator Desktop records who made each change, in the history of every answer and in reports. Enter your name as your colleagues know it. When you sign in to HQ, your HQ user name is recorded instead.</source>
        <translation>Mercator Desktop enregistre l’auteur de chaque modification, dans l’historique de chaque réponse et dans les rapports. Saisissez votre nom tel que vos collègues le connaissent. Une fois connecté au siège, c’est votre nom d’utilisateur du siège qui est enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Ana Pérez</source>
        <translation>p. ex. Ana Pérez</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="-501"/>
        <source>Progress update</source>
        <translation>Point d’avancement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What was done, what is next</source>
        <translation>Ce qui a été fait, la suite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (&amp;percent):</source>
        <translation>Réalisé (&amp;pourcentage)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the date of the update</source>
        <translation>indiquez la date du point d’avancement</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/report_actions.py" line="+26"/>
        <source>Capacity Building Progress Report</source>
        <translation>Rapport d’avancement sur le renforcement des capacités</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part II since</source>
        <translation>Partie II depuis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions &amp;since:</source>
        <translation>Missions &amp;depuis le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also save the tables as CSV files (in a folder beside the PDF)</source>
        <translation>Enregistrer aussi les tableaux en fichiers CSV (dans un dossier à côté du PDF)</translation>
    </message>
</context>
<context>
    <name>ProtectFolder</name>
    <message>
        <location filename="../../mercator_desktop/ui/protect_folder.py" line="+59"/>
        <source>You can protect this folder later from the File menu.</source>
        <translation>Vous pourrez protéger ce dossier plus tard depuis le menu Fichier.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+15"/>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+13"/>
        <source>Protect this data folder</source>
        <translation>Protéger ce dossier de données</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>This data folder is encrypted now.</source>
        <translation>Ce dossier de données est désormais chiffré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data is protected</source>
        <translation>Vos données sont protégées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data folder is encrypted now, with its backups and evidence files.</source>
        <translation>Ce dossier de données est désormais chiffré, avec ses sauvegardes et ses pièces justificatives.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the recovery passphrase somewhere safe: without it, this folder cannot be opened on another computer.</source>
        <translation>Conservez la phrase de récupération en lieu sûr : sans elle, ce dossier ne peut pas être ouvert sur un autre ordinateur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data folder could not be encrypted; it was opened again as it was.</source>
        <translation>Le dossier de données n’a pas pu être chiffré ; il a été rouvert tel qu’il était.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details were written to the log file.</source>
        <translation>Les détails ont été écrits dans le fichier journal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A window has changes that cannot be saved yet.</source>
        <translation>Une fenêtre contient des modifications qui ne peuvent pas encore être enregistrées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct them, or close the window, then protect the folder again. Nothing was changed.</source>
        <translation>Corrigez-les ou fermez la fenêtre, puis protégez à nouveau le dossier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypting your data… A large folder takes a few minutes.
This cannot be cancelled. Should the computer stop meanwhile, nothing is lost: the next start finishes the work.</source>
        <translation>Chiffrement de vos données… Un dossier volumineux prend quelques minutes.
Cette opération ne peut pas être annulée. Si l’ordinateur s’arrête entre-temps, rien n’est perdu : le prochain démarrage termine le travail.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The recovery passphrase was changed.</source>
        <translation>La phrase de récupération a été modifiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery passphrase changed</source>
        <translation>Phrase de récupération modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new recovery passphrase opens this data folder from now on; the old one no longer does.</source>
        <translation>La nouvelle phrase de récupération ouvre désormais ce dossier de données ; l’ancienne ne l’ouvre plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the new passphrase somewhere safe.</source>
        <translation>Conservez la nouvelle phrase en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>ProtectNotice</name>
    <message>
        <location filename="../../mercator_desktop/ui/protect_notice.py" line="+24"/>
        <source>This data folder is not encrypted</source>
        <translation>Ce dossier de données n’est pas chiffré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This data folder is not encrypted: anyone who gets hold of this laptop can read your missions, answers and evidence files.</source>
        <translation>Ce dossier de données n’est pas chiffré : quiconque s’empare de cet ordinateur portable peut lire vos missions, vos réponses et vos pièces justificatives.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protect this folder…</source>
        <translation>Protéger ce dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../mercator_desktop/ui/assessment_card.py" line="+341"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Note on question {number}</source>
        <translation>Note sur la question {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: what you saw, who said it, which document…</source>
        <translation>Note&#xa0;: ce que vous avez constaté, qui l’a dit, quel document…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+195"/>
        <source>Evidence…</source>
        <translation>Justificatifs…</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Files and notes behind this answer (Ctrl+E)</source>
        <translation>Fichiers et notes qui justifient cette réponse (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who changed this answer, when, and from what (Ctrl+H)</source>
        <translation>Qui a modifié cette réponse, quand, et quelle était la valeur précédente (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+184"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+184"/>
        <source>Partly</source>
        <translation>Partiellement</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+185"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Key {n} or {letter}</source>
        <translation>Touche {n} ou {letter}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key {n}</source>
        <translation>Touche {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your answer…</source>
        <translation>Votre réponse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} (key −)</source>
        <translation>{label} (touche −)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer to question {number}</source>
        <translation>Réponse à la question {number}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Evidence ({n})…</source>
        <translation>Justificatifs ({n})…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_findings.py" line="-118"/>
        <source>Edit the recommendation</source>
        <translation>Modifier la recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recommendation</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no finding)</source>
        <translation>(aucune constatation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the administration should do</source>
        <translation>Ce que l’administration devrait faire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers &amp;finding:</source>
        <translation>Répond à la &amp;constatation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location line="+147"/>
        <source>In the trash. Select one and click Restore to bring it back.</source>
        <translation>Dans la corbeille. Sélectionnez un élément et cliquez sur Restaurer pour le récupérer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected one (Enter)</source>
        <translation>Modifier l’élément sélectionné (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move u&amp;p</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier in the report (Alt+Up)</source>
        <translation>Plus haut dans le rapport (Alt+Haut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later in the report (Alt+Down)</source>
        <translation>Plus bas dans le rapport (Alt+Bas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected one to the trash (Delete)</source>
        <translation>Mettre l’élément sélectionné à la corbeille (Suppr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how trash</source>
        <translation>A&amp;fficher la corbeille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest&amp;ore</source>
        <translation>Restau&amp;rer</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
</context>
<context>
    <name>RenameAssessmentDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/mission_assessments.py" line="+25"/>
        <source>Rename the assessment</source>
        <translation>Renommer l’évaluation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop &amp;group:</source>
        <translation>&amp;Groupe d’atelier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/protection_dialogs.py" line="+102"/>
        <source>Protect your data</source>
        <translation>Protéger vos données</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Mercator Desktop encrypts your missions, answers, findings and evidence files on this computer, so that a lost or stolen laptop does not give them away.

Choose a recovery passphrase. You do not need it every day: this computer keeps the key in its keyring. You need it to open your data on a new laptop or after the keyring was reset. Write it down and keep it somewhere safe: without it, nobody — not even WCO — can open your data elsewhere.</source>
        <translation>Mercator Desktop chiffre vos missions, réponses, constats et pièces justificatives sur cet ordinateur, afin qu’un portable perdu ou volé ne les divulgue pas.

Choisissez une phrase de récupération. Vous n’en avez pas besoin chaque jour : cet ordinateur garde la clé dans son trousseau. Elle vous servira à ouvrir vos données sur un nouveau portable ou après la réinitialisation du trousseau. Notez-la et gardez-la en lieu sûr : sans elle, personne — pas même l’OMD — ne peut ouvrir vos données ailleurs.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Recovery passphrase:</source>
        <translation>Phrase de récupération :</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Current passphrase:</source>
        <translation>Phrase actuelle :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten? Leave it empty: this computer&apos;s keyring holds the key, which proves the data is yours.</source>
        <translation>Oubliée ? Laissez ce champ vide : le trousseau de cet ordinateur détient la clé, ce qui prouve que les données sont les vôtres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New recovery passphrase:</source>
        <translation>Nouvelle phrase de récupération :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type it again:</source>
        <translation>Saisissez-la à nouveau :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Protect my data</source>
        <translation>Protéger mes données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect this data folder</source>
        <translation>Protéger ce dossier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect this folder</source>
        <translation>Protéger ce dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Change the recovery passphrase</source>
        <translation>Changer la phrase de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This data folder is not encrypted: anyone who gets hold of this laptop can read your missions, answers, findings and evidence files. Mercator Desktop can encrypt it now, with its backups.

Choose a recovery passphrase. You do not need it every day: this computer keeps the key in its keyring. You need it to open your data on a new laptop or after the keyring was reset. Write it down and keep it somewhere safe.

Open mission and assessment windows are saved and closed first. A large folder takes a few minutes; the encryption cannot be cancelled once started.</source>
        <translation>Ce dossier de données n’est pas chiffré : quiconque s’empare de cet ordinateur portable peut lire vos missions, réponses, constats et pièces justificatives. Mercator Desktop peut le chiffrer maintenant, avec ses sauvegardes.

Choisissez une phrase de récupération. Vous n’en avez pas besoin tous les jours : cet ordinateur garde la clé dans son trousseau. Elle vous sert à ouvrir vos données sur un nouvel ordinateur ou après la réinitialisation du trousseau. Notez-la et conservez-la en lieu sûr.

Les fenêtres de mission et d’évaluation ouvertes sont d’abord enregistrées et fermées. Un dossier volumineux prend quelques minutes ; une fois commencé, le chiffrement ne peut pas être annulé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new recovery passphrase replaces the old one, which no longer opens this data folder afterwards. Your data is not encrypted again: only the small recovery file changes, so this takes a moment.</source>
        <translation>La nouvelle phrase de récupération remplace l’ancienne, qui n’ouvre plus ce dossier de données ensuite. Vos données ne sont pas chiffrées à nouveau : seul le petit fichier de récupération change, cela ne prend qu’un instant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Strength: weak — use at least {n} characters</source>
        <translation>Robustesse : faible — utilisez au moins {n} caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair — a few more words make it stronger</source>
        <translation>Robustesse : moyenne — quelques mots de plus la renforceront</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong</source>
        <translation>Robustesse : forte</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <source>Enter the current recovery passphrase.</source>
        <translation>Saisissez la phrase de récupération actuelle.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The recovery passphrase needs at least {n} characters; a few words you will remember make a good one.</source>
        <translation>La phrase de récupération doit compter au moins {n} caractères ; quelques mots dont vous vous souviendrez font une bonne phrase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same: type it again.</source>
        <translation>Les deux phrases ne sont pas identiques : saisissez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That is not the current recovery passphrase of this data folder. Nothing was changed; check the spelling and the keyboard layout, then try again.</source>
        <translation>Ce n’est pas la phrase de récupération actuelle de ce dossier de données. Rien n’a été modifié ; vérifiez l’orthographe et la disposition du clavier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/sync_dialog.py" line="+36"/>
        <source>Sign in to HQ</source>
        <translation>Connexion au Siège</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This computer has no secure password store (keyring) that Mercator Desktop can use, so your sign-in cannot be remembered safely. You can keep it for this session only: you will be asked to sign in again next time. (On Linux, a Secret Service such as GNOME Keyring or KWallet provides one.)</source>
        <translation>Cet ordinateur n’a pas de coffre à mots de passe sécurisé (trousseau) que Mercator Desktop puisse utiliser : votre connexion ne peut donc pas être mémorisée en sécurité. Vous pouvez la garder pour cette session seulement : il faudra vous reconnecter la prochaine fois. (Sous Linux, un service Secret Service comme GNOME Keyring ou KWallet en fournit un.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep me signed in for this session only</source>
        <translation>Rester connecté pour cette session seulement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HQ &amp;address:</source>
        <translation>&amp;Adresse du Siège&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Too many failed sign-ins. Wait {0} seconds, then try again.</source>
        <translation>Trop de tentatives de connexion échouées. Attendez {0} secondes, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many failed sign-ins: HQ has locked signing in to this account for a while. Try again after {0} (in {1} minutes).</source>
        <translation>Trop de tentatives de connexion échouées : le siège a bloqué pour un temps la connexion à ce compte. Réessayez après {0} (dans {1} minutes).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter HQ&apos;s address, your user name and your password.</source>
        <translation>Saisissez l’adresse du Siège, votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick “Keep me signed in for this session only” to sign in without a secure keyring.</source>
        <translation>Cochez «&#xa0;Rester connecté pour cette session seulement&#xa0;» pour vous connecter sans trousseau sécurisé.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../mercator_desktop/app.py" line="+169"/>
        <source>Opening your data in {folder}…</source>
        <extracomment>the daily backup is looked at a minute after opening, then every hour</extracomment>
        <translation>Ouverture de vos données dans {folder}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the demonstration data…</source>
        <translation>Chargement des données de démonstration…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{problem}

Data folder: {folder}</source>
        <translation>{problem}

Dossier des données&#xa0;: {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{problem}

Data folder: {folder}

The details were written to the log file:
{log_file}</source>
        <translation>{problem}

Dossier des données&#xa0;: {folder}

Les détails ont été écrits dans le fichier journal&#xa0;:
{log_file}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your data is damaged.</source>
        <translation>Vos données sont endommagées.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The key this computer&apos;s keyring keeps for this data folder does not open it (the folder may have been replaced by another one). Nothing was changed or overwritten. Enter the folder&apos;s recovery passphrase to open it.</source>
        <translation>La clé que le trousseau de cet ordinateur garde pour ce dossier de données ne l’ouvre pas (le dossier a peut-être été remplacé par un autre). Rien n’a été modifié ni écrasé. Saisissez la phrase de récupération du dossier pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data is encrypted and this computer does not hold its key (a new laptop, or the keyring was reset). Enter the recovery passphrase you set when the data was protected.</source>
        <translation>Vos données sont chiffrées et cet ordinateur n’en détient pas la clé (nouveau portable, ou trousseau réinitialisé). Saisissez la phrase de récupération choisie lors de la protection des données.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ready — 1 mission · data in {folder}</source>
        <translation>Prêt — 1 mission · données dans {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready — {count} missions · data in {folder}</source>
        <translation>Prêt — {count} missions · données dans {folder}</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+83"/>
        <source>Your data could not be opened.</source>
        <translation>Vos données n’ont pas pu être ouvertes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open your data</source>
        <translation>Impossible d’ouvrir vos données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mercator Desktop cannot open your data.</source>
        <translation>Mercator Desktop ne peut pas ouvrir vos données.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../mercator_desktop/ui/sync_panel.py" line="+124"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Sync (%Ln)</source>
        <translation>
            <numerusform>Synchroniser (%Ln)</numerusform>
            <numerusform>Synchroniser (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Conflicts to settle, records HQ refused and records from HQ that wait</source>
        <translation>Conflits à régler, enregistrements refusés par le siège et enregistrements du siège en attente</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Sync inbox (%n)</source>
        <translation>
            <numerusform>Boîte de synchronisation (%n)</numerusform>
            <numerusform>Boîte de synchronisation (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes not yet sent to HQ</source>
        <translation>
            <numerusform>%n modification pas encore envoyée au Siège</numerusform>
            <numerusform>%n modifications pas encore envoyées au Siège</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Never synced</source>
        <extracomment>whether HQ answered the last hello (None: not asked yet, or not signed in)</extracomment>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: {0}</source>
        <translation>Dernière synchronisation&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last sync failed: {0}</source>
        <translation>la dernière synchronisation a échoué : {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync with HQ</source>
        <translation>Synchroniser avec le Siège</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not signed in to HQ</source>
        <translation>Non connecté(e) au Siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to HQ (Sync menu) to send your work.</source>
        <translation>Connectez-vous au Siège (menu Synchronisation) pour envoyer votre travail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● HQ online</source>
        <translation>● Siège en ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>○ HQ offline</source>
        <translation>○ Siège hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ: checking…</source>
        <translation>Siège : vérification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{state} · {user} @ {server}</source>
        <translation>{state} · {user} @ {server}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to HQ at {server} as {user}. HQ answers now.</source>
        <translation>Connecté(e) au Siège à {server} en tant que {user}. Le Siège répond en ce moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in to HQ at {server} as {user}. HQ does not answer now; your work is kept and sent at the next sync.</source>
        <translation>Connecté(e) au Siège à {server} en tant que {user}. Le Siège ne répond pas en ce moment ; votre travail est conservé et sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in to HQ at {server} as {user}.</source>
        <translation>Connecté(e) au Siège à {server} en tant que {user}.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling after the current batch…</source>
        <translation>Annulation après le lot en cours…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>now a new device</source>
        <translation>désormais un nouvel appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data folder was restored from a copy or copied from another laptop; it now syncs as a new device. Nothing was lost.</source>
        <translation>Ce dossier de données a été restauré depuis une copie ou copié depuis un autre ordinateur ; il se synchronise désormais comme un nouvel appareil. Rien n&apos;a été perdu.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>HQ restored: %n sent again</source>
        <translation>
            <numerusform>siège restauré : %n renvoyé</numerusform>
            <numerusform>siège restauré : %n renvoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>HQ had been restored from a backup; %n records were sent again so HQ has them.</source>
        <translation>
            <numerusform>Le siège avait été restauré depuis une sauvegarde ; %n enregistrement a été renvoyé pour que le siège l&apos;ait.</numerusform>
            <numerusform>Le siège avait été restauré depuis une sauvegarde ; %n enregistrements ont été renvoyés pour que le siège les ait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n mission(s) archived</source>
        <translation>
            <numerusform>%n mission archivée</numerusform>
            <numerusform>%n missions archivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You were taken off the team of %n mission(s); they are kept in Sync → Archived missions.</source>
        <translation>
            <numerusform>Vous avez été retiré(e) de l&apos;équipe de %n mission ; elle est conservée dans Synchronisation → Missions archivées.</numerusform>
            <numerusform>Vous avez été retiré(e) de l&apos;équipe de %n missions ; elles sont conservées dans Synchronisation → Missions archivées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synced: up to date with HQ.</source>
        <translation>Synchronisé : à jour avec le Siège.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent %n change(s) to HQ.</source>
        <translation>
            <numerusform>%n modification envoyée au Siège.</numerusform>
            <numerusform>%n modifications envoyées au Siège.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Received %n change(s) from others.</source>
        <translation>
            <numerusform>%n modification reçue des autres.</numerusform>
            <numerusform>%n modifications reçues des autres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced:</source>
        <translation>Synchronisé :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>After the sync</source>
        <translation>Après la synchronisation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync cancelled; what HQ confirmed is kept.</source>
        <translation>Synchronisation annulée&#xa0;; ce que le Siège a confirmé est conservé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sync took longer than {0} seconds, so it stopped. Your work is kept; what HQ confirmed stays confirmed, the rest is sent at the next sync.</source>
        <translation>La synchronisation a duré plus de {0} secondes, elle s&apos;est donc arrêtée. Votre travail est conservé&#xa0;; ce que le Siège a confirmé reste confirmé, le reste sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ answered too slowly (more than {0} seconds), so the sync stopped. Your work is kept; what HQ confirmed stays confirmed, the rest is sent at the next sync.</source>
        <translation>Le Siège a répondu trop lentement (plus de {0} secondes), la synchronisation s&apos;est donc arrêtée. Votre travail est conservé&#xa0;; ce que le Siège a confirmé reste confirmé, le reste sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Apply HQ&apos;s deletions?</source>
        <translation>Appliquer les suppressions du Siège&#xa0;?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Demonstration data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data folder holds the demonstration missions ({0} missions, {1} experts). They stay on this laptop and are never sent to HQ. Remove them now?</source>
        <translation>Votre dossier de données contient les missions de démonstration ({0} missions, {1} experts). Elles restent sur cet ordinateur et ne sont jamais envoyées au siège. Les supprimer maintenant ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removed the demonstration data: {0} missions, {1} experts.</source>
        <translation>Données de démonstration supprimées : {0} missions, {1} experts.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in to HQ as {0}.</source>
        <translation>Connecté au Siège en tant que {0}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed out of HQ. Your work stays on this computer.</source>
        <translation>Déconnecté du Siège. Votre travail reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>TeamCalendar</name>
    <message>
        <location filename="../../mercator_desktop/ui/team_calendar.py" line="+84"/>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period (PgUp)</source>
        <translation>Période précédente (Pg préc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the current period (Home)</source>
        <translation>Retour à la période en cours (Début)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next period (PgDown)</source>
        <translation>Période suivante (Pg suiv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quarter</source>
        <translation>&amp;Trimestre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team calendar chart</source>
        <translation>Graphique du calendrier de l’équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missions of each expert as bars; the same bookings are listed under “Show as a list” (L).</source>
        <translation>Les missions de chaque expert en barres ; les mêmes réservations sont listées sous « Afficher en liste » (L).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as a &amp;list</source>
        <translation>Afficher en &amp;liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bookings of the period as a table (L)</source>
        <translation>Les réservations de la période sous forme de tableau (L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double booking</source>
        <translation>Double réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>double-booked</source>
        <translation>réservé(e) deux fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bookings of the period</source>
        <translation>Réservations de la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bar shows here for each expert on the team of a mission with dates in this period. PgUp and PgDown move to the period before or after.</source>
        <translation>Une barre s&apos;affiche ici pour chaque expert de l&apos;équipe d&apos;une mission dont les dates tombent dans cette période. Pg préc. et Pg suiv. passent à la période précédente ou suivante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>No mission in this period.</source>
        <translation>Aucune mission dans cette période.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>double booking</source>
        <translation>double réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: double-booked {first} – {last}</source>
        <translation>{name}&#xa0;: double réservation du {first} au {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double bookings in this period</source>
        <translation>Doubles réservations sur cette période</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No mission in this period: every expert is free. PgUp and PgDown move to the period before or after.</source>
        <translation>Aucune mission dans cette période : tous les experts sont libres. Pg préc. et Pg suiv. passent à la période précédente ou suivante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No double booking in this period.</source>
        <translation>Aucune double réservation sur cette période.</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <location filename="../../mercator_desktop/ui/editor_models.py" line="-27"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booked elsewhere at that time</source>
        <translation>Déjà réservé ailleurs à ces dates</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/protection_dialogs.py" line="+17"/>
        <source>Unlock your data</source>
        <translation>Déverrouiller vos données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery passphrase:</source>
        <translation>Phrase de récupération :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the recovery passphrase.</source>
        <translation>Saisissez la phrase de récupération.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That recovery passphrase is not the one of this data folder. Nothing was changed; check the spelling and the keyboard layout, then try again.</source>
        <translation>Cette phrase de récupération n’est pas celle de ce dossier de données. Rien n’a été modifié ; vérifiez l’orthographe et la disposition du clavier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <location filename="../../mercator_desktop/ui/report_actions.py" line="-269"/>
        <source>File</source>
        <extracomment>the languages the reports are written in (``reports/texts.py``), each named in itself</extracomment>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give the file to write the report to.</source>
        <translation>Indiquez le fichier dans lequel écrire le rapport.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not written</source>
        <translation>Le rapport n’a pas été produit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was written to %1. Open it now?</source>
        <translation>Le rapport a été écrit dans %1. L’ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No font on this computer has these characters; they print as empty boxes:</source>
        <translation>Aucune police de cet ordinateur n’a ces caractères&#xa0;; ils s’impriment comme des cases vides&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report written</source>
        <translation>Rapport produit</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The report was written to %1 (%2 pages). Open it now?</source>
        <translation>Le rapport a été écrit dans %1 (%2 pages). L’ouvrir maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../mercator_desktop/ui/help.py" line="+66"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shortcuts of the windows open now. Open a mission or an assessment to see theirs too.</source>
        <translation>Les raccourcis des fenêtres ouvertes. Ouvrez une mission ou une évaluation pour voir aussi les leurs.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le &amp;dossier des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log</source>
        <translation>Ouvrir le &amp;journal</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../mercator_desktop/ui/i18n.py" line="+345"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mercator Desktop will be in {language} the next time it starts.</source>
        <translation>Langue de Mercator Desktop au prochain démarrage&#xa0;: {language}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mercator Desktop will be in {language} after a restart. Restart now?</source>
        <translation>Mercator Desktop sera en {language} après un redémarrage. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your work is saved first; for a window with unsaved changes you are asked, as when you quit. Later: the new language comes at the next start.</source>
        <translation>Votre travail est d’abord enregistré ; pour une fenêtre dont les modifications ne sont pas enregistrées, la question vous est posée, comme lorsque vous quittez. Plus tard : la nouvelle langue s’appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../mercator_desktop/ui/labels.py" line="+19"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strength</source>
        <translation>Point fort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short term</source>
        <translation>Court terme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium term</source>
        <translation>Moyen terme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long term</source>
        <translation>Long terme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
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
        <translation>AFE</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team member</source>
        <translation>Membre de l’équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda session</source>
        <translation>Séance de l’ordre du jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterpart</source>
        <translation>Homologue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked instrument</source>
        <translation>Instrument lié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Answer history</source>
        <translation>Historique des réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessment event</source>
        <translation>Événement d’évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress update</source>
        <translation>Point d’avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued report</source>
        <translation>Rapport émis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accreditation</source>
        <translation>Accréditation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the trash</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename this mission (its code) and sync again.</source>
        <extracomment>The advice of ``services.sync`` (``REFUSAL_ADVICE`` for records HQ refused, the way out of records waiting from HQ), English there for the command line; listed here so that they are translated. A test checks that every sentence of the service is in this list.</extracomment>
        <translation>Renommez cette mission (son code) et synchronisez à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the assessment (with a reason) to keep your answer, or discard your change to take HQ&apos;s.</source>
        <translation>Rouvrez l&apos;évaluation (avec un motif) pour garder votre réponse, ou abandonnez votre modification pour prendre celle du siège.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do: the mission stays on this laptop, read-only. Discard your change to clear this line.</source>
        <translation>Rien à faire : la mission reste sur cet ordinateur, en lecture seule. Abandonnez votre modification pour effacer cette ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync again later; if it stays, discard your change or ask HQ.</source>
        <translation>Synchronisez à nouveau plus tard ; si cela persiste, abandonnez votre modification ou contactez le siège.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the record (the reason names the field) and sync again.</source>
        <translation>Corrigez l&apos;enregistrement (le motif nomme le champ) et synchronisez à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record of this laptop holds the same code or key: rename yours (e.g. the mission code); this one is applied at the next sync.</source>
        <translation>Un enregistrement de cet ordinateur a le même code ou la même clé : renommez le vôtre (par ex. le code de la mission) ; celui-ci est appliqué à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is applied as soon as the record it belongs to arrives (at a next sync).</source>
        <translation>Il est appliqué dès que l&apos;enregistrement auquel il appartient arrive (à une prochaine synchronisation).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update Mercator Desktop; it is kept until then.</source>
        <translation>Mettez à jour Mercator Desktop ; il est conservé jusque-là.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record went to HQ; the file stays on this laptop. Attach a smaller copy (a compressed PDF, a photo) if HQ needs it.</source>
        <translation>L&apos;enregistrement est parti au siège ; le fichier reste sur cet ordinateur. Joignez-en une copie plus légère (un PDF compressé, une photo) si le siège en a besoin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Official wording</source>
        <translation>Texte officiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft wording, not official</source>
        <translation>Texte provisoire, non officiel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: {licence}</source>
        <translation>Licence : {licence}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../mercator_desktop/ui/messages.py" line="+131"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+44"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../mercator_desktop/ui/operations.py" line="+206"/>
        <source>Could not finish</source>
        <translation>Opération inachevée</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../mercator_desktop/ui/problem_texts.py" line="+18"/>
        <source>a mission code is required</source>
        <translation>un code de mission est obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use 2 to 40 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;/&apos;, e.g. JM-2019-INTD-01</source>
        <translation>utilisez de 2 à 40 lettres, chiffres, « - », « _ », « . » ou « / », p. ex. JM-2019-INTD-01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a title is required</source>
        <translation>un intitulé est obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the title under {limit} characters</source>
        <translation>l’intitulé doit compter moins de {limit} caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end date {end} is before the start date {start}</source>
        <translation>la date de fin {end} est antérieure à la date de début {start}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} is outside the mission dates ({start} to {end})</source>
        <translation>le {day} est en dehors des dates de la mission (du {start} au {end})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the session ends before it starts</source>
        <translation>la séance se termine avant de commencer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no mission with code &apos;{code}&apos;</source>
        <translation>aucune mission avec le code « {code} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a counterpart needs a name</source>
        <translation>un homologue doit avoir un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the counterpart no longer exists</source>
        <translation>l’homologue n’existe plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mission no longer exists (it may be in the trash)</source>
        <translation>la mission n’existe plus (elle est peut-être dans la corbeille)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agenda item no longer exists</source>
        <translation>la séance de l’ordre du jour n’existe plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown mission type &apos;{value}&apos;</source>
        <translation>type de mission inconnu : « {value} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown topic &apos;{value}&apos;</source>
        <translation>thème inconnu : « {value} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status &apos;{value}&apos;</source>
        <translation>statut inconnu : « {value} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown country code &apos;{value}&apos;</source>
        <translation>code de pays inconnu : « {value} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown programme</source>
        <translation>programme inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another mission already has the code &apos;{code}&apos;</source>
        <translation>une autre mission porte déjà le code « {code} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mission past &apos;planned&apos; needs a lead expert</source>
        <translation>une mission au-delà de « planifiée » doit avoir un expert principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a mission that is {status} needs a lead expert</source>
        <translation>une mission au statut {status} doit avoir un expert principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown role &apos;{value}&apos;</source>
        <translation>rôle inconnu : « {value} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an expert of the team no longer exists</source>
        <translation>un expert de l’équipe n’existe plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mission has only one lead expert</source>
        <translation>une mission n’a qu’un seul expert principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an expert is listed twice</source>
        <translation>un expert figure deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown link kind &apos;{value}&apos;</source>
        <translation>type de lien inconnu : « {value} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown code &apos;{value}&apos;</source>
        <translation>code inconnu : « {value} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what happens in this session</source>
        <translation>indiquez ce qui se passe pendant cette séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session {number} ({day}): {message}</source>
        <translation>séance {number} ({day}) : {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counterpart {number} needs a name</source>
        <translation>l’homologue {number} doit avoir un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mission cannot move from {current} to {target}; possible: {moves}</source>
        <translation>une mission ne peut pas passer de {current} à {target} ; possible : {moves}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agenda has sessions on {day}, before this start date; move or remove them first</source>
        <translation>l’ordre du jour a des séances le {day}, avant cette date de début ; déplacez-les ou supprimez-les d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agenda has sessions on {day}, after this end date; move or remove them first</source>
        <translation>l’ordre du jour a des séances le {day}, après cette date de fin ; déplacez-les ou supprimez-les d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the expert no longer exists (they may be in the trash)</source>
        <translation>l’expert n’existe plus (il est peut-être dans la corbeille)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a name is required</source>
        <translation>un nom est obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>« {value} » n’est pas une adresse électronique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos;: use ISO language codes such as en, fr, es</source>
        <translation>« {value} » : utilisez des codes de langue ISO, comme en, fr, es</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown category &apos;{value}&apos;</source>
        <translation>catégorie inconnue : « {value} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the accreditation date is in the future</source>
        <translation>la date d’accréditation est dans le futur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an expert named &apos;{name}&apos; exists already</source>
        <translation>un expert nommé « {name} » existe déjà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the administration needs a name</source>
        <translation>l’administration doit avoir un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{expert} is already booked on {bookings}</source>
        <translation>{expert} est déjà retenu(e) pour {bookings}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed meanwhile by someone else: {fields}</source>
        <translation>modifié entre-temps par quelqu’un d’autre : {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source}: {problem}; nothing was imported</source>
        <translation>{source} : {problem} ; rien n’a été importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source}: {problem} (and {more} more problems); nothing was imported</source>
        <translation>{source} : {problem} (et {more} autres problèmes) ; rien n’a été importé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}: {message}</source>
        <translation>ligne {line} : {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line}: {message}</source>
        <translation>ligne {line} : {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record {line}: {message}</source>
        <translation>enregistrement {line} : {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}, column &apos;{column}&apos;: {message}</source>
        <translation>ligne {line}, colonne « {column} » : {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line}, column &apos;{column}&apos;: {message}</source>
        <translation>ligne {line}, colonne « {column} » : {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record {line}, column &apos;{column}&apos;: {message}</source>
        <translation>enregistrement {line}, champ « {column} » : {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &apos;{column}&apos;: {message}</source>
        <translation>colonne « {column} » : {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is neither a strength nor a gap</source>
        <translation>« {value} » n’est ni un point fort ni une lacune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>say what was found</source>
        <translation>indiquez ce qui a été constaté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what is recommended</source>
        <translation>indiquez ce qui est recommandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what is to be done</source>
        <translation>indiquez ce qui doit être fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the assessment is not one of this mission&apos;s</source>
        <translation>l’évaluation n’appartient pas à cette mission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown priority &apos;{value}&apos;; use high, medium or low</source>
        <translation>priorité inconnue : « {value} » ; utilisez high, medium ou low</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the finding is not one of this mission&apos;s</source>
        <translation>la constatation n’appartient pas à cette mission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the progress update no longer exists (it may be in the trash)</source>
        <translation>le point d’avancement n’existe plus (il est peut-être dans la corbeille)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {limit} characters</source>
        <translation>{limit} caractères au plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown timeframe &apos;{value}&apos;; use short, medium or long</source>
        <translation>délai inconnu : « {value} » ; utilisez short, medium ou long</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the recommendation is not one of this mission&apos;s</source>
        <translation>la recommandation n’appartient pas à cette mission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the action item no longer exists (it may be in the trash)</source>
        <translation>l’action n’existe plus (elle est peut-être dans la corbeille)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the finding no longer exists (it may be in the trash)</source>
        <translation>la constatation n’existe plus (elle est peut-être dans la corbeille)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the recommendation no longer exists (it may be in the trash)</source>
        <translation>la recommandation n’existe plus (elle est peut-être dans la corbeille)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the finding is not there any more</source>
        <translation>la constatation n’est plus là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recommendation is not there any more</source>
        <translation>la recommandation n’est plus là</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the action item is not there any more</source>
        <translation>l’action n’est plus là</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the finding is not in the trash</source>
        <translation>la constatation n’est pas dans la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the recommendation is not in the trash</source>
        <translation>la recommandation n’est pas dans la corbeille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the action item is not in the trash</source>
        <translation>l’action n’est pas dans la corbeille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a percentage between 0 and 100</source>
        <translation>un pourcentage entre 0 et 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is in the future</source>
        <translation>la date est dans le futur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such mission (or it is in the trash)</source>
        <translation>cette mission n’existe pas (ou elle est dans la corbeille)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind of link &apos;{value}&apos;; use tfa, arusha or geoat</source>
        <translation>type de lien inconnu : « {value} » ; utilisez tfa, arusha ou geoat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown code &apos;{value}&apos; for {kind}</source>
        <translation>code inconnu « {value} » pour {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown status &apos;{value}&apos;; use {choices}</source>
        <translation>statut inconnu : « {value} » ; utilisez {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore the mission first (it is in the trash)</source>
        <translation>restaurez d’abord la mission (elle est dans la corbeille)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list changed meanwhile; look at it again and move the item anew</source>
        <translation>la liste a changé entre-temps ; regardez-la de nouveau et déplacez l’élément une nouvelle fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checklist template &apos;{template}&apos; version {version} is not installed; install it (or sync with HQ) to open this assessment.</source>
        <translation>Le modèle de liste de contrôle « {template} » version {version} n’est pas installé ; installez-le (ou synchronisez avec le siège) pour ouvrir cette évaluation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no checklist template &apos;{template}&apos;</source>
        <translation>aucun modèle de liste de contrôle « {template} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no checklist template &apos;{template}&apos; version {version}</source>
        <translation>aucun modèle de liste de contrôle « {template} » version {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template is written in {languages}, not &apos;{value}&apos;</source>
        <translation>le modèle est rédigé en {languages}, pas en « {value} »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no question &apos;{question}&apos; in this checklist</source>
        <translation>aucune question « {question} » dans cette liste de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this question cannot be marked N/A</source>
        <translation>cette question ne peut pas être marquée S.O.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note is a text</source>
        <translation>une note est un texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment is validated and locked; reopen it first.</source>
        <translation>Cette évaluation est validée et verrouillée ; rouvrez-la d’abord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such question in this checklist</source>
        <translation>cette question n’existe pas dans cette liste de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the validator&apos;s name is needed</source>
        <translation>le nom de la personne qui valide est nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why the assessment is reopened</source>
        <translation>indiquez pourquoi l’évaluation est rouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {current} assessment cannot become {target}</source>
        <translation>une évaluation {current} ne peut pas devenir {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a draft can move to a newer template version; reopen it first</source>
        <translation>seul un brouillon peut passer à une version plus récente du modèle ; rouvrez-la d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no version {version} of &apos;{template}&apos;</source>
        <translation>aucune version {version} de « {template} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version {version} is not newer than {current}</source>
        <translation>la version {version} n’est pas plus récente que {current}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version {version} has no &apos;{value}&apos; text</source>
        <translation>la version {version} n’a pas de texte « {value} »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no assessment &apos;{id}&apos; (or it is in the trash)</source>
        <translation>aucune évaluation « {id} » (ou elle est dans la corbeille)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment was validated by {validator} and is locked. Reopen it, giving a reason, to change it.</source>
        <translation>Cette évaluation a été validée par {validator} et elle est verrouillée. Rouvrez-la, en donnant un motif, pour la modifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This assessment was validated and is locked. Reopen it, giving a reason, to change it.</source>
        <translation>Cette évaluation a été validée et elle est verrouillée. Rouvrez-la, en donnant un motif, pour la modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{path}&apos; is not a file that can be read</source>
        <translation>« {path} » n’est pas un fichier lisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the note first</source>
        <translation>rédigez d’abord la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is {size} MB; attachments are limited to {limit} MB</source>
        <translation>le fichier fait {size} Mo ; les pièces jointes sont limitées à {limit} Mo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no attached file &apos;{id}&apos;</source>
        <translation>aucun fichier joint « {id} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file of &apos;{name}&apos; is missing from the data folder (not synced yet?)</source>
        <translation>le fichier de « {name} » manque dans le dossier de données (pas encore synchronisé ?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This assessment is validated and locked; reopen it, giving a reason, to add evidence.</source>
        <translation>Cette évaluation est validée et verrouillée ; rouvrez-la, en donnant un motif, pour ajouter des justificatifs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no evidence &apos;{id}&apos;</source>
        <translation>aucun justificatif « {id} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This assessment is validated and locked; reopen it, giving a reason, to change its evidence.</source>
        <translation>Cette évaluation est validée et verrouillée ; rouvrez-la, en donnant un motif, pour modifier ses justificatifs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a rating is one of the scale&apos;s whole numbers</source>
        <translation>une note est l’un des nombres entiers de l’échelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not on the scale ({allowed})</source>
        <translation>{value} n’est pas sur l’échelle ({allowed})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is yes, partly or no</source>
        <translation>la réponse est oui, en partie ou non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is a text</source>
        <translation>la réponse est un texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date is written YYYY-MM-DD, e.g. 2024-03-21</source>
        <translation>une date s’écrit AAAA-MM-JJ, p. ex. 2024-03-21</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not one of the choices</source>
        <translation>« {value} » ne fait pas partie des choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is a list of choices</source>
        <translation>la réponse est une liste de choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is a number</source>
        <translation>la réponse est un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is a whole number</source>
        <translation>la réponse est un nombre entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {limit}</source>
        <translation>au moins {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {limit}</source>
        <translation>au plus {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync took longer than {seconds} seconds, so the sync stopped. Your work is kept; what HQ confirmed stays confirmed, the rest is sent at the next sync.</source>
        <translation>La synchronisation a duré plus de {seconds} secondes ; elle a donc été arrêtée. Votre travail est conservé ; ce que le siège a confirmé le reste, le reste est envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ&apos;s answer took longer than {seconds} seconds, so the sync stopped. Your work is kept; what HQ confirmed stays confirmed, the rest is sent at the next sync.</source>
        <translation>La réponse du siège a pris plus de {seconds} secondes ; la synchronisation a donc été arrêtée. Votre travail est conservé ; ce que le siège a confirmé le reste, le reste est envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{url} answered, but not as Mercator HQ. On hotel or airport Wi-Fi, open a web browser and accept the network&apos;s terms first; nothing was marked as sent.</source>
        <translation>{url} a répondu, mais pas comme le siège Mercator. Sur le Wi-Fi d’un hôtel ou d’un aéroport, ouvrez d’abord un navigateur web et acceptez les conditions du réseau ; rien n’a été marqué comme envoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ cannot be reached now: this computer is offline, or HQ is not running. Your work is kept and will be sent at the next sync.</source>
        <translation>Impossible de joindre le siège pour le moment : cet ordinateur est hors ligne, ou le siège ne fonctionne pas. Votre travail est conservé et sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ did not answer in time. Your work is kept and will be sent at the next sync.</source>
        <translation>Le siège n’a pas répondu à temps. Votre travail est conservé et sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ is unavailable for the moment. Your work is kept and will be sent at the next sync.</source>
        <translation>Le siège est indisponible pour le moment. Votre travail est conservé et sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ answered but could not do this now. Your work is kept and will be sent at the next sync.</source>
        <translation>Le Siège a répondu mais n’a pas pu traiter la demande pour l’instant. Votre travail est conservé et sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ refused the sign-in: {reason}</source>
        <translation>Le Siège a refusé la connexion : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ refused the request: {reason}</source>
        <translation>Le siège a refusé la demande : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to HQ again: {reason}</source>
        <translation>Reconnectez-vous au siège : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in to HQ first</source>
        <translation>connectez-vous d’abord au siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter your HQ user name and password</source>
        <translation>saisissez votre nom d’utilisateur et votre mot de passe du siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server address must look like https://hq.example.org</source>
        <translation>l’adresse du serveur doit ressembler à https://hq.example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plain http:// is allowed only to this computer (localhost); use https:// for HQ</source>
        <translation>http:// simple n’est permis que vers cet ordinateur (localhost) ; utilisez https:// pour le siège</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no connection to HQ: this computer is offline, or HQ is not running</source>
        <translation>pas de connexion au siège : cet ordinateur est hors ligne, ou le siège ne fonctionne pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ did not answer in time</source>
        <translation>le siège n’a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ is unavailable for the moment</source>
        <translation>le siège est indisponible pour le moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sync took longer than {seconds} s, the time allowed; nothing unconfirmed was marked as sent</source>
        <translation>la synchronisation a pris plus de {seconds} s, le temps permis ; rien de non confirmé n’a été marqué comme envoyé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ&apos;s answer took longer than {seconds} s, the time allowed; nothing unconfirmed was marked as sent</source>
        <translation>la réponse du siège a pris plus de {seconds} s, le temps permis ; rien de non confirmé n’a été marqué comme envoyé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{url} answered, but not as Mercator HQ (HTTP {status}); nothing was marked as sent.</source>
        <translation>{url} a répondu, mais pas comme le siège Mercator (HTTP {status}) ; rien n’a été marqué comme envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{url} answered, but not as Mercator HQ (HTTP {status}, {type}). On hotel or airport Wi-Fi, open a web browser and accept the network&apos;s terms first; nothing was marked as sent.</source>
        <translation>{url} a répondu, mais pas comme le siège Mercator (HTTP {status}, {type}). Sur le Wi-Fi d’un hôtel ou d’un aéroport, ouvrez d’abord un navigateur web et acceptez les conditions du réseau ; rien n’a été marqué comme envoyé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HQ&apos;s answer to {path} is not what protocol {version} says: {detail}</source>
        <translation>la réponse du siège à {path} n’est pas conforme au protocole {version} : {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ failed: {reason}</source>
        <translation>échec au siège : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose &apos;mine&apos; or &apos;theirs&apos;</source>
        <translation>choisissez « mine » ou « theirs »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this conflict is no longer open</source>
        <translation>ce conflit n’est plus ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record of this conflict no longer exists</source>
        <translation>l’enregistrement de ce conflit n’existe plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind of record &apos;{value}&apos;</source>
        <translation>type d’enregistrement inconnu : « {value} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this record no longer exists</source>
        <translation>cet enregistrement n’existe plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HQ never had this record, so there is no HQ version to go back to: correct it (e.g. rename the mission) or delete it</source>
        <translation>le siège n’a jamais eu cet enregistrement, il n’y a donc pas de version du siège à laquelle revenir : corrigez-le (p. ex. renommez la mission) ou supprimez-le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ needs a newer Mercator Desktop (sync protocol {protocol}, version {version} or later); this is {mine}, protocol {my_protocol}. Install the newer version to sync; your work stays here.</source>
        <translation>Le siège a besoin d’un Mercator Desktop plus récent (protocole de synchronisation {protocol}, version {version} ou ultérieure) ; celui-ci est {mine}, protocole {my_protocol}. Installez la nouvelle version pour synchroniser ; votre travail reste ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HQ speaks sync protocol {protocol}, older than this Mercator Desktop ({low} to {high}); HQ needs an update before you can sync.</source>
        <translation>Le siège utilise le protocole de synchronisation {protocol}, plus ancien que ce Mercator Desktop ({low} à {high}) ; le siège doit être mis à jour avant que vous puissiez synchroniser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ speaks sync protocol {protocol}, older than this Mercator Desktop ({low} to {high}); HQ needs an update before you can sync. HQ says: {message}</source>
        <translation>Le siège utilise le protocole de synchronisation {protocol}, plus ancien que ce Mercator Desktop ({low} à {high}) ; le siège doit être mis à jour avant que vous puissiez synchroniser. Le siège indique : {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ keeps changing its epoch; try again later</source>
        <translation>le siège change sans cesse d’époque ; réessayez plus tard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync cancelled; what HQ confirmed is kept</source>
        <translation>synchronisation annulée ; ce que le siège a confirmé est conservé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync cancelled; what was received is kept</source>
        <translation>synchronisation annulée ; ce qui a été reçu est conservé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ keeps asking for a full resync; try again later</source>
        <translation>le siège demande sans cesse une resynchronisation complète ; réessayez plus tard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ&apos;s changes would delete {count} of your {total} records ({share}). Nothing was deleted. If this is expected, sync again and allow the deletions; otherwise ask HQ.</source>
        <translation>Les modifications du siège supprimeraient {count} de vos {total} enregistrements ({share}). Rien n’a été supprimé. Si c’est attendu, synchronisez de nouveau en autorisant les suppressions ; sinon, interrogez le siège.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ no longer lists this file among yours</source>
        <translation>le siège ne compte plus ce fichier parmi les vôtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say which HQ with --server URL</source>
        <translation>indiquez quel siège avec --server URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in to {server} first: {command}</source>
        <translation>connectez-vous d’abord à {server} : {command}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in again: your session is unknown, expired or signed out</source>
        <translation>reconnectez-vous : votre session est inconnue, expirée ou fermée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrong user name or password</source>
        <translation>nom d’utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this HQ speaks sync protocol {low} to {high}; your Mercator Desktop speaks {yours}</source>
        <translation>ce siège utilise les protocoles de synchronisation {low} à {high} ; votre Mercator Desktop utilise {yours}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send at most {limit} changes per batch</source>
        <translation>envoyez au plus {limit} modifications par lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this batch id is taken; send it with a new one</source>
        <translation>cet identifiant de lot est déjà pris ; envoyez-le avec un nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ&apos;s database was restored or changed epoch; say hello again and send what it lacks</source>
        <translation>la base de données du siège a été restaurée ou a changé d’époque ; saluez-le de nouveau et envoyez ce qui lui manque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ holds {held} bytes of this file; send from there</source>
        <translation>le siège détient {held} octets de ce fichier ; reprenez l’envoi à partir de là</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chunk goes past the file&apos;s size</source>
        <translation>le morceau dépasse la taille du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file&apos;s bytes do not match its SHA-256; HQ kept nothing of it: send it again</source>
        <translation>les octets du fichier ne correspondent pas à son SHA-256 ; le siège n’en a rien gardé : renvoyez-le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ does not hold this file yet</source>
        <translation>le siège ne détient pas encore ce fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no record among your missions refers to this file</source>
        <translation>aucun enregistrement de vos missions ne renvoie à ce fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ takes files of at most {limit} bytes; this one has {size}</source>
        <translation>le siège accepte des fichiers de {limit} octets au plus ; celui-ci en a {size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send at most {limit} bytes per chunk</source>
        <translation>envoyez au plus {limit} octets par morceau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chunk is empty</source>
        <translation>le morceau est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many failed sign-ins for this account: sign-in is locked; try again after {when} (in {count} seconds)</source>
        <translation>trop de connexions échouées pour ce compte : la connexion est bloquée ; réessayez après {when} (dans {count} secondes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for this account: sign-in is locked; try again after {when} (in {count} minutes)</source>
        <translation>trop de connexions échouées pour ce compte : la connexion est bloquée ; réessayez après {when} (dans {count} minutes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for your network address: sign-in is locked; try again after {when} (in {count} seconds)</source>
        <translation>trop de connexions échouées depuis votre adresse réseau : la connexion est bloquée ; réessayez après {when} (dans {count} secondes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for your network address: sign-in is locked; try again after {when} (in {count} minutes)</source>
        <translation>trop de connexions échouées depuis votre adresse réseau : la connexion est bloquée ; réessayez après {when} (dans {count} minutes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for this account: wait {count} seconds before trying again</source>
        <translation>trop de connexions échouées pour ce compte : attendez {count} secondes avant de réessayer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many failed sign-ins for this account: wait {count} minutes before trying again</source>
        <translation>trop de connexions échouées pour ce compte : attendez {count} minutes avant de réessayer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many failed sign-ins for your network address: wait {count} seconds before trying again</source>
        <translation>trop de connexions échouées depuis votre adresse réseau : attendez {count} secondes avant de réessayer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too many failed sign-ins for your network address: wait {count} minutes before trying again</source>
        <translation>trop de connexions échouées depuis votre adresse réseau : attendez {count} minutes avant de réessayer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ is busy signing people in; try again in a minute</source>
        <translation>le siège est occupé à connecter d’autres personnes ; réessayez dans une minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: use a .csv, .json or spreadsheet (.xlsx, .xls, .ods) file (got &apos;{suffix}&apos;)</source>
        <translation>{name} : utilisez un fichier .csv, .json ou un classeur (.xlsx, .xls, .ods) (reçu : « {suffix} »)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: use a .csv, .xlsx or .json file (got &apos;{suffix}&apos;)</source>
        <translation>{name} : utilisez un fichier .csv, .xlsx ou .json (reçu : « {suffix} »)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path} : lecture impossible ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path} : écriture impossible ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot be read (it is a folder)</source>
        <translation>{path} : lecture impossible (c’est un dossier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required column missing (the header needs {columns})</source>
        <translation>colonne obligatoire absente (l’en-tête doit contenir {columns})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown column; known columns are {columns}</source>
        <translation>colonne inconnue ; les colonnes connues sont {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the column appears twice in the header</source>
        <translation>la colonne figure deux fois dans l’en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{cells} cells but the header has {width} columns (a separator inside an unquoted cell?)</source>
        <translation>{cells} cellules alors que l’en-tête a {width} colonnes (un séparateur dans une cellule sans guillemets ?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value right of the last column of the header</source>
        <translation>une valeur à droite de la dernière colonne de l’en-tête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cells} cells but the header has {width} columns (a missing separator?)</source>
        <translation>{cells} cellules alors que l’en-tête a {width} colonnes (un séparateur manquant ?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not valid JSON: {detail}</source>
        <translation>JSON non valide : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a JSON array of mission objects</source>
        <translation>un tableau JSON d’objets mission est attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required field missing</source>
        <translation>champ obligatoire absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field; known fields are {fields}</source>
        <translation>champ inconnu ; les champs connus sont {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code &apos;{code}&apos; is also on line {other}</source>
        <translation>le code « {code} » figure aussi à la ligne {other}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the code &apos;{code}&apos; is also on row {other}</source>
        <translation>le code « {code} » figure aussi à la ligne {other}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code &apos;{code}&apos; is also on record {other}</source>
        <translation>le code « {code} » figure aussi dans l’enregistrement {other}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read as CSV ({detail})</source>
        <translation>le fichier ne peut pas être lu comme CSV ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workbook is empty</source>
        <translation>le classeur est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no sheet named &apos;{sheet}&apos;; the sheets are {sheets}</source>
        <translation>{name} : aucune feuille nommée « {sheet} » ; les feuilles sont {sheets}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheet is empty</source>
        <translation>la feuille est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every sheet is empty</source>
        <translation>toutes les feuilles sont vides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the sheet &apos;{sheet}&apos; cannot be read ({detail})</source>
        <translation>{name} : la feuille « {sheet} » ne peut pas être lue ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: not a readable {suffix} workbook (save it again from your spreadsheet program)</source>
        <translation>{name} : ce n’est pas un classeur {suffix} lisible (enregistrez-le de nouveau depuis votre tableur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; matches more than one: {candidates}; write the code of the one you mean</source>
        <translation>« {value} » correspond à plusieurs éléments : {candidates} ; écrivez le code de celui que vous voulez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {noun} &apos;{value}&apos;; did you mean {candidates}?</source>
        <translation>valeur inconnue ({noun}) : « {value} » ; vouliez-vous dire {candidates} ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {noun} &apos;{value}&apos;; use one of: {choices}</source>
        <translation>valeur inconnue ({noun}) : « {value} » ; utilisez l’une de celles-ci : {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {noun} &apos;{value}&apos;</source>
        <translation>valeur inconnue ({noun}) : « {value} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} (the mapping to &apos;{target}&apos; names no {noun} either)</source>
        <translation>{message} (la correspondance vers « {target} » ne désigne pas non plus de valeur ({noun}))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {noun} is required</source>
        <translation>une valeur est obligatoire ({noun})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is a number, not a date; format the cell as a date or write YYYY-MM-DD</source>
        <translation>« {value} » est un nombre, pas une date ; donnez à la cellule le format date ou écrivez AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation>« {value} » n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>« {value} » n’est pas une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>« {value} » n’est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>« {value} » n’est ni oui ni non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic</source>
        <translation>thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TFA provision</source>
        <translation>disposition de l’AFE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arusha factor</source>
        <translation>facteur d’Arusha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GEOAT principle</source>
        <translation>principe GEOAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mercator Desktop is open on this data folder (it was brought to the front): restore from its File ▸ Backups… menu, or close it first</source>
        <translation>Mercator Desktop est ouvert sur ce dossier de données (il a été mis au premier plan) : restaurez depuis son menu Fichier ▸ Sauvegardes…, ou fermez-le d’abord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: cannot be used as the data folder ({reason})</source>
        <translation>{path} : ne peut pas servir de dossier de données ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase was expected on standard input, which is empty</source>
        <translation>la phrase de récupération était attendue sur l’entrée standard, qui est vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new passphrase was expected on standard input, which is empty</source>
        <translation>la nouvelle phrase de récupération était attendue sur l’entrée standard, qui est vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the current passphrase was expected on standard input, which is empty</source>
        <translation>la phrase de récupération actuelle était attendue sur l’entrée standard, qui est vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {option} &apos;{value}&apos;; use one of: {choices}</source>
        <translation>{option} inconnu : « {value} » ; utilisez l’une de ces valeurs : {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--map &apos;{item}&apos;: write it as COLUMN:VALUE=CODE, e.g. &apos;programme:Mercator Plus=mercator&apos;</source>
        <translation>--map « {item} » : écrivez-le sous la forme COLONNE:VALEUR=CODE, p. ex. « programme:Mercator Plus=mercator »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map &apos;{item}&apos;: &apos;{column}&apos; is not a column that can be mapped; use one of {columns}</source>
        <translation>--map « {item} » : « {column} » n’est pas une colonne qui peut être mise en correspondance ; utilisez l’une de celles-ci : {columns}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give the new passphrase on standard input with --passphrase-stdin (the command line does not prompt)</source>
        <translation>donnez la nouvelle phrase de récupération sur l’entrée standard avec --passphrase-stdin (la ligne de commande ne la demande pas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not well-formed Unicode (it holds a lone surrogate)</source>
        <translation>n’est pas de l’Unicode bien formé (il contient un demi-codet isolé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {limit} characters (this one has {count})</source>
        <translation>{limit} caractères au plus (celui-ci en a {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the total {total} is less than women + men ({sum})</source>
        <translation>le total {total} est inférieur à femmes + hommes ({sum})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep between 1 and {limit} backups (not {count})</source>
        <translation>conservez entre 1 et {limit} sauvegardes (pas {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a file; give a folder to export into</source>
        <translation>{path} est un fichier ; indiquez un dossier où exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not empty; give a new or empty folder so that nothing in it is overwritten</source>
        <translation>{path} n’est pas vide ; indiquez un dossier nouveau ou vide afin que rien n’y soit écrasé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: cannot be created ({reason})</source>
        <translation>{path} : création impossible ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: the export could not be written ({reason})</source>
        <translation>{path} : l’export n’a pas pu être écrit ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longer than {limit} characters ({count})</source>
        <translation>plus de {limit} caractères ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file {path} does not exist</source>
        <translation>le fichier {path} n’existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file {name} is larger than {limit} MB; use a smaller image</source>
        <translation>le fichier {name} dépasse {limit} Mo ; utilisez une image plus petite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file {name} is not an image (PNG or JPEG) that can be read</source>
        <translation>le fichier {name} n’est pas une image lisible (PNG ou JPEG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>la période se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the launch date {day} is after the end of the period</source>
        <translation>la date de lancement {day} est après la fin de la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the CSV folder {path}: {reason}</source>
        <translation>impossible de créer le dossier CSV {path} : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write in the CSV folder {path}: no permission</source>
        <translation>impossible d’écrire dans le dossier CSV {path} : pas d’autorisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write the CSV files in {path}: {reason}</source>
        <translation>impossible d’écrire les fichiers CSV dans {path} : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data folder is encrypted and this computer does not hold its key (a new laptop, or the keyring was reset). Enter the recovery passphrase set when the folder was protected.</source>
        <translation>Ce dossier de données est chiffré et cet ordinateur n’en détient pas la clé (un nouvel ordinateur portable, ou le trousseau a été réinitialisé). Saisissez la phrase de récupération définie lors de la protection du dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That recovery passphrase is not the one of this data folder. Nothing was changed; check the spelling and the keyboard layout, then try again.</source>
        <translation>Cette phrase de récupération n’est pas celle de ce dossier de données. Rien n’a été modifié ; vérifiez l’orthographe et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key this computer&apos;s keyring keeps for this data folder does not open it (the folder may have been replaced by another one). Nothing was changed or overwritten. Enter the folder&apos;s recovery passphrase to open it.</source>
        <translation>La clé que le trousseau de cet ordinateur garde pour ce dossier de données ne l’ouvre pas (le dossier a peut-être été remplacé par un autre). Rien n’a été modifié ni écrasé. Saisissez la phrase de récupération du dossier pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recovery passphrase needs at least {limit} characters; a few words you will remember make a good one.</source>
        <translation>La phrase de récupération doit avoir au moins {limit} caractères ; quelques mots dont vous vous souviendrez en font une bonne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de récupération ne sont pas identiques.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data folder is encrypted already; to change its recovery passphrase, unlock it first.</source>
        <translation>Ce dossier de données est déjà chiffré ; pour changer sa phrase de récupération, déverrouillez-le d’abord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This data folder is not encrypted with that key.</source>
        <translation>Ce dossier de données n’est pas chiffré avec cette clé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery key file {path} was written by a newer version of Mercator Desktop, or is damaged, so this data folder was not opened and nothing in it was changed. Open it with the newer version, or restore the file from a copy.</source>
        <translation>Le fichier de clé de récupération {path} a été écrit par une version plus récente de Mercator Desktop, ou il est endommagé : ce dossier de données n’a donc pas été ouvert et rien n’y a été modifié. Ouvrez-le avec la version plus récente, ou restaurez le fichier à partir d’une copie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encrypted copy of the database did not match the original, so the original was kept unchanged. Please report this problem.</source>
        <translation>La copie chiffrée de la base de données ne correspondait pas à l’original ; l’original a donc été conservé sans changement. Veuillez signaler ce problème.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted database could not be opened, so the original was put back unchanged. Please report this problem.</source>
        <translation>La base de données chiffrée n’a pas pu être ouverte ; l’original a donc été remis en place sans changement. Veuillez signaler ce problème.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ published an unknown reference set &apos;{name}&apos;</source>
        <translation>le siège a publié un jeu de référence inconnu : « {name} »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference set &apos;{name}&apos;: version &apos;{version}&apos; is not a number</source>
        <translation>jeu de référence « {name} » : la version « {version} » n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference set &apos;{name}&apos; version {version} is malformed ({detail}); nothing was changed</source>
        <translation>le jeu de référence « {name} » version {version} est mal formé ({detail}) ; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the mission {code} is in the trash; restore it first</source>
        <translation>la mission {code} est dans la corbeille ; restaurez-la d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder; give a file name such as report.pdf</source>
        <translation>{path} est un dossier ; indiquez un nom de fichier, comme report.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>impossible d’écrire {path} : le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {path}: no permission to write in {folder}</source>
        <translation>impossible d’écrire {path} : pas d’autorisation d’écrire dans {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {path}: the file is read-only</source>
        <translation>impossible d’écrire {path} : le fichier est en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter your name: it is recorded with your changes</source>
        <translation>saisissez votre nom : il est enregistré avec vos modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is longer than {limit} characters</source>
        <translation>le nom dépasse {limit} caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: &apos;{template}&apos; version {version} is already installed ({source}) with other content; give the form a new version in the settings sheet; nothing was imported</source>
        <translation>{name} : « {template} » version {version} est déjà installé ({source}) avec un autre contenu ; donnez une nouvelle version au formulaire dans la feuille settings ; rien n’a été importé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no checklist template &apos;{template}&apos; version {version} is installed (installed: {installed})</source>
        <translation>aucun modèle de liste de contrôle « {template} » version {version} n’est installé (installés : {installed})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no checklist template &apos;{template}&apos; is installed (installed: {installed})</source>
        <translation>aucun modèle de liste de contrôle « {template} » n’est installé (installés : {installed})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{template}&apos; cannot be written as an XLSForm: {detail}</source>
        <translation>« {template} » ne peut pas être écrit en XLSForm : {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data was written by a newer version of Mercator Desktop (schema {schema}). Install the newer version to open it; nothing was changed.</source>
        <translation>Ces données ont été écrites par une version plus récente de Mercator Desktop (schéma {schema}). Installez la nouvelle version pour les ouvrir ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another Mercator Desktop program is writing to this data folder and did not finish in time. Try again when it has finished.</source>
        <translation>Un autre programme Mercator Desktop écrit dans ce dossier de données et n’a pas terminé à temps. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog} : erreur : {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the command line: give the passphrase on standard input with &apos;{command}&apos;.</source>
        <translation>En ligne de commande : donnez la phrase de récupération sur l’entrée standard avec « {command} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{prog}: interrupted</source>
        <translation>{prog} : interrompu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{prog}: unexpected error: {error}</source>
        <translation>{prog} : erreur inattendue : {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(details in {path})</source>
        <translation>(détails dans {path})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{prog}: {command} failed: {message}</source>
        <translation>{prog} : échec de {command} : {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused by HQ: {problem}</source>
        <translation>refusé par le siège : {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: would import: {created} to create, {updated} to update, {refused} refused. Nothing was stored.</source>
        <translation>{file} : importerait : {created} à créer, {updated} à mettre à jour, {refused} refusées. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: would import nothing: {created} to create, {updated} to update, {refused} refused. Nothing was stored.</source>
        <translation>{file} : n’importerait rien : {created} à créer, {updated} à mettre à jour, {refused} refusées. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {line} ({code}): refused: {why}</source>
        <translation>ligne {line} ({code}) : refusée : {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {line} ({code}): refused: {why}</source>
        <translation>ligne {line} ({code}) : refusée : {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record {line} ({code}): refused: {why}</source>
        <translation>enregistrement {line} ({code}) : refusé : {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; matches both {first} and {second}; write the code of the one you mean</source>
        <translation>« {value} » correspond à la fois à {first} et à {second} ; écrivez le code de celui que vous voulez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the mission code is already used by another mission at HQ; rename this mission (or the other one) and sync again</source>
        <translation>le code de la mission est déjà utilisé par une autre mission au siège ; renommez cette mission (ou l’autre) et synchronisez de nouveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the assessment was validated at HQ; its answers change only after it is reopened with a reason. Reopen it and keep your answer, or discard your change</source>
        <translation>l’évaluation a été validée au siège ; ses réponses ne changent qu’après sa réouverture motivée. Rouvrez-la et gardez votre réponse, ou abandonnez votre modification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the assessment was validated at HQ on {day}; its answers change only after it is reopened with a reason. Reopen it and keep your answer, or discard your change</source>
        <translation>l’évaluation a été validée au siège le {day} ; ses réponses ne changent qu’après sa réouverture motivée. Rouvrez-la et gardez votre réponse, ou abandonnez votre modification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you were taken off the team of this mission on {day}; your change was not applied. The mission is kept on your laptop, read-only</source>
        <translation>vous avez été retiré(e) de l’équipe de cette mission le {day} ; votre modification n’a pas été appliquée. La mission est conservée sur votre ordinateur portable, en lecture seule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kind of record this version does not know; update Mercator Desktop</source>
        <translation>un type d’enregistrement que cette version ne connaît pas ; mettez à jour Mercator Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for {records}</source>
        <translation>en attente de {records}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clashes with a local record ({reason})</source>
        <translation>en conflit avec un enregistrement local ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no database to back up at {path}</source>
        <translation>il n’y a pas de base de données à sauvegarder dans {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup could not be written to {path}: {reason}</source>
        <translation>la sauvegarde n’a pas pu être écrite dans {path} : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{id}&apos; names {count} backups; give more of the id</source>
        <translation>« {id} » désigne {count} sauvegardes ; donnez une plus grande partie de l’identifiant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no backup &apos;{id}&apos; in {path}</source>
        <translation>il n’y a pas de sauvegarde « {id} » dans {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup {id} is damaged ({detail}); choose another one</source>
        <translation>la sauvegarde {id} est endommagée ({detail}) ; choisissez-en une autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup could not be copied into place: {reason}</source>
        <translation>la sauvegarde n’a pas pu être copiée à sa place : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} required answers are missing ({first}); the assessment stays a draft</source>
        <translation>{count} réponses obligatoires manquent ({first}) ; l’évaluation reste un brouillon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} required answers are missing ({first} and {more} more); the assessment stays a draft</source>
        <translation>{count} réponses obligatoires manquent ({first} et {more} autres) ; l’évaluation reste un brouillon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {path} is damaged and was not opened, so nothing in it was changed (SQLite says: {detail}). Restore the newest good backup ({id}, made {when}) with: mercator-desktop backup restore {id}</source>
        <translation>La base de données {path} est endommagée et n’a pas été ouverte ; rien n’y a donc été modifié (SQLite indique : {detail}). Restaurez la dernière sauvegarde saine ({id}, faite le {when}) avec : mercator-desktop backup restore {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {path} is damaged and was not opened, so nothing in it was changed (SQLite says: {detail}). There is no good backup to restore; keep the file and ask for help.</source>
        <translation>La base de données {path} est endommagée et n’a pas été ouverte ; rien n’y a donc été modifié (SQLite indique : {detail}). Il n’y a pas de sauvegarde saine à restaurer ; gardez le fichier et demandez de l’aide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} is not encrypted, so it has no recovery passphrase to change; &apos;mercator-desktop recovery set&apos; encrypts it</source>
        <translation>{folder} n’est pas chiffré&#xa0;: il n’a pas de phrase de récupération à changer&#xa0;; «&#xa0;mercator-desktop recovery set&#xa0;» le chiffre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the current and the new passphrase on standard input, one per line, with --passphrase-stdin (the command line does not prompt)</source>
        <translation>donnez la phrase de récupération actuelle et la nouvelle sur l’entrée standard, une par ligne, avec --passphrase-stdin (la ligne de commande ne pose pas de question)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This data folder is not encrypted, so it has no recovery passphrase to change. Protect it first.</source>
        <translation>Ce dossier de données n’est pas chiffré&#xa0;: il n’a pas de phrase de récupération à changer. Protégez-le d’abord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--status, --final, --date and --yes go with --issue</source>
        <translation>--status, --final, --date et --yes vont avec --issue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give the file to write with --out FILE.pdf (or --issue, --issued)</source>
        <translation>indiquez le fichier à écrire avec --out FICHIER.pdf (ou --issue, --issued)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an issued report is a PDF: give --out FILE.pdf</source>
        <translation>un rapport émis est un PDF&#xa0;: indiquez --out FICHIER.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the report would be Final with these parts empty: {parts}. Add --yes to issue it as Final anyway, or issue a draft</source>
        <translation>le rapport serait définitif avec ces parties vides&#xa0;: {parts}. Ajoutez --yes pour l’émettre quand même comme définitif, ou émettez un projet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the results of the assessments</source>
        <translation>les résultats des évaluations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the findings</source>
        <translation>les constats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the action plan</source>
        <translation>le plan d’action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a}</source>
        <translation>{a}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a}; {b}</source>
        <translation>{a}&#xa0;; {b}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a}; {b}; {c}</source>
        <translation>{a}&#xa0;; {b}&#xa0;; {c}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF of version {version} is not on this computer yet: it arrives with the next sync</source>
        <translation>le PDF de la version {version} n’est pas encore sur cet ordinateur&#xa0;: il arrivera avec la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a report status (draft or final)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un statut de rapport (projet ou définitive)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reports are issued in {languages}, not &apos;{value}&apos;</source>
        <translation>les rapports sont émis en {languages}, pas en «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no issued report &apos;{id}&apos;</source>
        <translation>aucun rapport émis «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version {version} of {code} was issued meanwhile; issue again</source>
        <translation>la version {version} de {code} a été émise entre-temps&#xa0;; émettez de nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: {message}</source>
        <translation>avertissement&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no demonstration data to remove.</source>
        <translation>Il n’y a pas de données de démonstration à retirer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed the demonstration data: {missions} missions, {experts} experts, {administrations} administrations ({records} records).</source>
        <translation>Données de démonstration retirées&#xa0;: {missions} missions, {experts} experts, {administrations} administrations ({records} enregistrements).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept the demonstration expert {name}: your missions {codes} have them in the team.</source>
        <translation>Expert de démonstration {name} conservé&#xa0;: vos missions {codes} l’ont dans leur équipe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept the demonstration expert {name}: you added accreditations to them.</source>
        <translation>Expert de démonstration {name} conservé&#xa0;: vous lui avez ajouté des accréditations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept the demonstration administration {name}: {users} still point at it.</source>
        <translation>Administration de démonstration {name} conservée&#xa0;: {users} y renvoient encore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mission {code}</source>
        <translation>la mission {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expert {name}</source>
        <translation>l’expert {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demonstration data loaded: {missions} missions, {experts} experts, {administrations} administrations.</source>
        <translation>Données de démonstration chargées&#xa0;: {missions} missions, {experts} experts, {administrations} administrations.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demonstration data is already loaded; nothing added.</source>
        <translation>Les données de démonstration sont déjà chargées&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No missions.</source>
        <translation>Aucune mission.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} mission</source>
        <translation>{count} mission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} missions</source>
        <translation>{count} missions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CTRY</source>
        <translation>PAYS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>REGION</source>
        <translation>RÉGION</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LANG</source>
        <translation>LANGUES</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACCREDITATIONS</source>
        <translation>ACCRÉDITATIONS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EMAIL</source>
        <translation>COURRIEL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} mission from {file}: {created} created, {updated} updated.</source>
        <translation>{count} mission importée de {file} (nouvelle&#xa0;: {created}, mise à jour&#xa0;: {updated}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} missions from {file}: {created} created, {updated} updated.</source>
        <translation>{count} missions importées de {file} (nouvelles&#xa0;: {created}, mises à jour&#xa0;: {updated}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} mission from {file}: {created} created, {updated} updated, {restored} restored from the trash.</source>
        <translation>{count} mission importée de {file} (nouvelle&#xa0;: {created}, mise à jour&#xa0;: {updated}, restaurée de la corbeille&#xa0;: {restored}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {count} missions from {file}: {created} created, {updated} updated, {restored} restored from the trash.</source>
        <translation>{count} missions importées de {file} (nouvelles&#xa0;: {created}, mises à jour&#xa0;: {updated}, restaurées de la corbeille&#xa0;: {restored}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New experts in the directory: {names}.</source>
        <translation>Nouveaux experts dans l’annuaire&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New administrations: {names}.</source>
        <translation>Nouvelles administrations&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New programmes: {names}.</source>
        <translation>Nouveaux programmes&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {column} &apos;{value}&apos; on lines {lines}</source>
        <translation>valeur inconnue de {column} «&#xa0;{value}&#xa0;» aux lignes {lines}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {column} &apos;{value}&apos; on rows {lines}</source>
        <translation>valeur inconnue de {column} «&#xa0;{value}&#xa0;» aux rangées {lines}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown {column} &apos;{value}&apos; on records {lines}</source>
        <translation>valeur inconnue de {column} «&#xa0;{value}&#xa0;» aux enregistrements {lines}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lines} and {count} more</source>
        <translation>{lines} et {count} autres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{unknown}; map it with --map &apos;{mapping}&apos;</source>
        <translation>{unknown}&#xa0;; associez-la avec --map &apos;{mapping}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new expert: {name}</source>
        <translation>nouvel expert&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new programme: {name}</source>
        <translation>nouveau programme&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported {count} mission to {file}.</source>
        <translation>{count} mission exportée vers {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported {count} missions to {file}.</source>
        <translation>{count} missions exportées vers {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>team: {name} ({role})</source>
        <translation>équipe&#xa0;: {name} ({role})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agenda: {day} {hours} {activity}</source>
        <translation>programme&#xa0;: {day} {hours} {activity}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No expert is booked on overlapping missions.</source>
        <translation>Aucun expert n’est prévu sur des missions qui se chevauchent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {first} and {second} overlap from {start} to {end}</source>
        <translation>{name}&#xa0;: {first} et {second} se chevauchent du {start} au {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{a}, {b}</source>
        <translation>{a}, {b}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{chars} in {where}: “{excerpt}”</source>
        <translation>{chars} dans {where}&#xa0;: «&#xa0;{excerpt}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{prog}: warning: no font on this computer has {where}; they print as empty boxes</source>
        <translation>{prog}&#xa0;: avertissement&#xa0;: aucune police de cet ordinateur n’a {where}&#xa0;; ils s’impriment comme des cases vides</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}: {pages} pages.</source>
        <translation>{path} écrit&#xa0;: {pages} pages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}: {pages} pages (DRAFT watermark: the mission is not at report_final yet).</source>
        <translation>{path} écrit&#xa0;: {pages} pages (filigrane PROJET&#xa0;: la mission n’est pas encore à report_final).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote {path}: Word document.</source>
        <translation>{path} écrit&#xa0;: document Word.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}: Word document (marked DRAFT: the mission is not at report_final yet).</source>
        <translation>{path} écrit&#xa0;: document Word (marqué PROJET&#xa0;: la mission n’est pas encore à report_final).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued {code} version {version} ({status}, {language}, date of issue {date}): {pages} pages, SHA-256 {sha256}.</source>
        <translation>{code} émis, version {version} ({status}, {language}, date d’émission {date})&#xa0;: {pages} pages, SHA-256 {sha256}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote a copy to {path}</source>
        <translation>Copie écrite dans {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No report of {code} has been issued yet.</source>
        <translation>Aucun rapport de {code} n’a encore été émis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} (not on this computer yet)</source>
        <translation>{file} (pas encore sur cet ordinateur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date of issue</source>
        <translation>date d’émission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>issued by</source>
        <translation>émis par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}: {pages} pages; {activities} from {start} to {end}, {missions} since {since}.</source>
        <translation>{path} écrit&#xa0;: {pages} pages&#xa0;; {activities} du {start} au {end}, {missions} depuis le {since}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} activity</source>
        <translation>{count} activité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} activities</source>
        <translation>{count} activités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backups in {path}.</source>
        <translation>Aucune sauvegarde dans {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DAMAGED</source>
        <translation>ENDOMMAGÉE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} backup in {path}</source>
        <translation>{count} sauvegarde dans {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} backups in {path}</source>
        <translation>{count} sauvegardes dans {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {id} ({when}) restored. The database it replaced is kept in {path}.</source>
        <translation>Sauvegarde {id} ({when}) restaurée. La base de données qu’elle a remplacée est conservée dans {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {id} written ({size} MB, integrity ok).</source>
        <translation>Sauvegarde {id} écrite ({size} Mo, intégrité vérifiée).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup {id} written ({size} MB, integrity NOT ok).</source>
        <translation>Sauvegarde {id} écrite ({size} Mo, intégrité NON vérifiée).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} backups are kept (plus one a day for a week and the newest before an upgrade).</source>
        <translation>{count} sauvegardes sont conservées (plus une par jour pendant une semaine et la plus récente avant une mise à niveau).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From now on {count} backups are kept.</source>
        <translation>Désormais, {count} sauvegardes sont conservées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {folder}: {parts}; {evidence} evidence files, {reports} reports.</source>
        <translation>Exporté dans {folder}&#xa0;: {parts}&#xa0;; {evidence} fichiers de pièces justificatives, {reports} rapports.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {folder}: {parts}; {evidence} evidence files, {reports} reports. {missing} evidence files or reports were not on this computer (listed in README.txt).</source>
        <translation>Exporté dans {folder}&#xa0;: {parts}&#xa0;; {evidence} fichiers de pièces justificatives, {reports} rapports. {missing} fichiers de pièces justificatives ou rapports n’étaient pas sur cet ordinateur (liste dans README.txt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder}: not encrypted. &apos;mercator-desktop recovery set&apos; encrypts it.</source>
        <translation>{folder}&#xa0;: non chiffré. «&#xa0;mercator-desktop recovery set&#xa0;» le chiffre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder}: encrypted; this computer&apos;s keyring holds its key.</source>
        <translation>{folder}&#xa0;: chiffré&#xa0;; le trousseau de cet ordinateur garde sa clé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder}: encrypted; it cannot open without the recovery passphrase: {reason}.</source>
        <translation>{folder}&#xa0;: chiffré&#xa0;; il ne peut s’ouvrir sans la phrase de récupération&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery passphrase was changed; the old one no longer opens this folder.</source>
        <translation>La phrase de récupération a été changée&#xa0;; l’ancienne n’ouvre plus ce dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} is encrypted now. Keep the recovery passphrase somewhere safe: without it, this folder cannot be opened on another computer.</source>
        <translation>{folder} est maintenant chiffré. Gardez la phrase de récupération en lieu sûr&#xa0;: sans elle, ce dossier ne peut pas être ouvert sur un autre ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no keyring to keep the key in: give the passphrase to each command with --passphrase-stdin.</source>
        <translation>Cet ordinateur n’a pas de trousseau où garder la clé&#xa0;: donnez la phrase de récupération à chaque commande avec --passphrase-stdin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery passphrase was changed; the old one no longer opens this folder. The data itself was not touched.</source>
        <translation>La phrase de récupération a été changée&#xa0;; l’ancienne n’ouvre plus ce dossier. Les données elles-mêmes n’ont pas été modifiées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} (&apos;{id}&apos; version {version}) is already installed, unchanged</source>
        <translation>{title} («&#xa0;{id}&#xa0;» version {version}) est déjà installé, inchangé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} (&apos;{id}&apos; version {version}) installed ({questions} questions)</source>
        <translation>{title} («&#xa0;{id}&#xa0;» version {version}) installé ({questions} questions)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{id} version {version} written to {path}</source>
        <translation>{id} version {version} écrit dans {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out of HQ.</source>
        <translation>Déconnecté du Siège.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To sync without keeping a session, run: {command}</source>
        <translation>Pour synchroniser sans garder de session, lancez&#xa0;: {command}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in to {server} as {user} ({role}).</source>
        <translation>Connecté à {server} en tant que {user} ({role}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced with {server}: {sent} sent, {received} received, {applied} applied.</source>
        <translation>Synchronisé avec {server}&#xa0;: envoyés&#xa0;: {sent}, reçus&#xa0;: {received}, appliqués&#xa0;: {applied}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence files: {sent} sent, {received} received.</source>
        <translation>Pièces justificatives&#xa0;: envoyées&#xa0;: {sent}, reçues&#xa0;: {received}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} changes HQ already had (a lost answer); nothing doubled.</source>
        <translation>Modifications que le Siège avait déjà (une réponse perdue)&#xa0;: {count}&#xa0;; rien n’a été doublé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} fields were changed at HQ too: HQ&apos;s value is shown, yours is kept in the conflict inbox.</source>
        <translation>Champs modifiés aussi au Siège&#xa0;: {count}&#xa0;; la valeur du Siège est affichée, la vôtre est gardée dans la boîte de synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} received records wait; see why with: {command}</source>
        <translation>Enregistrements reçus en attente&#xa0;: {count}&#xa0;; voyez pourquoi avec&#xa0;: {command}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To see them with the way out: {command}</source>
        <translation>Pour les voir avec la marche à suivre&#xa0;: {command}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data folder was restored from a copy or copied from another laptop; it now syncs as a new device. Nothing was lost.</source>
        <translation>Ce dossier de données a été restauré d’une copie ou copié d’un autre portable&#xa0;; il se synchronise désormais comme un nouvel appareil. Rien n’a été perdu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HQ had been restored from a backup; {count} record was sent again so HQ has them.</source>
        <translation>Le Siège avait été restauré d’une sauvegarde&#xa0;; {count} enregistrement a été renvoyé pour que le Siège l’ait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ had been restored from a backup; {count} records were sent again so HQ has them.</source>
        <translation>Le Siège avait été restauré d’une sauvegarde&#xa0;; {count} enregistrements ont été renvoyés pour que le Siège les ait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You were taken off the team of {count} mission; it is kept read-only (list: {command}).</source>
        <translation>Vous avez été retiré de l’équipe de {count} mission&#xa0;; elle est gardée en lecture seule (liste&#xa0;: {command}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You were taken off the team of {count} missions; they are kept read-only (list: {command}).</source>
        <translation>Vous avez été retiré de l’équipe de {count} missions&#xa0;; elles sont gardées en lecture seule (liste&#xa0;: {command}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to settle: no conflicts, nothing refused by HQ, nothing waiting.</source>
        <translation>Rien à régler&#xa0;: aucun conflit, rien de refusé par le Siège, rien en attente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts ({count}): settle them in the app, Sync → Sync inbox.</source>
        <translation>Conflits ({count})&#xa0;: réglez-les dans l’application, Synchronisation → Boîte de synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: yours {mine}; HQ&apos;s {theirs}</source>
        <translation>{what}&#xa0;: la vôtre {mine}&#xa0;; celle du Siège {theirs}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited at HQ while you deleted it</source>
        <translation>modifié au Siège pendant que vous le supprimiez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted at HQ while you edited it</source>
        <translation>supprimé au Siège pendant que vous le modifiiez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by HQ ({count}):</source>
        <translation>Refusés par le Siège ({count})&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason: {reason}</source>
        <translation>raison&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what to do: {advice}</source>
        <translation>que faire&#xa0;: {advice}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to take HQ&apos;s version back: {command}</source>
        <translation>pour reprendre la version du Siège&#xa0;: {command}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting from HQ ({count}):</source>
        <translation>En attente, reçus du Siège ({count})&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why: {reason}</source>
        <translation>pourquoi&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>way out: {how}</source>
        <translation>marche à suivre&#xa0;: {how}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{prog}: sync discard: {message}</source>
        <translation>{prog}&#xa0;: sync discard&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discarded this laptop&apos;s change of {kind} {id}: it holds HQ&apos;s version again.</source>
        <translation>Modification de {kind} {id} sur ce portable abandonnée&#xa0;: il a de nouveau la version du Siège.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No archived missions: you are on the team of every mission here.</source>
        <translation>Aucune mission archivée&#xa0;: vous êtes dans l’équipe de chaque mission ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code}  {title}  archived {day}</source>
        <translation>{code}  {title}  archivée le {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} archived mission (read-only, out of the mission list)</source>
        <translation>{count} mission archivée (en lecture seule, hors de la liste des missions)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} archived missions (read-only, out of the mission list)</source>
        <translation>{count} missions archivées (en lecture seule, hors de la liste des missions)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HQ: {server}  user: {user}  signed in: {signed_in}</source>
        <translation>Siège&#xa0;: {server}  utilisateur&#xa0;: {user}  connecté&#xa0;: {signed_in}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsent changes: {pending}  conflicts: {conflicts}  refused: {refused}  waiting: {waiting}</source>
        <translation>modifications non envoyées&#xa0;: {pending}  conflits&#xa0;: {conflicts}  refusés&#xa0;: {refused}  en attente&#xa0;: {waiting}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last sync: {when}</source>
        <translation>dernière synchronisation&#xa0;: {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last sync: {when} ({state}: {message})</source>
        <translation>dernière synchronisation&#xa0;: {when} ({state}&#xa0;: {message})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>push: {count}</source>
        <translation>envoi&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pull: {count}</source>
        <translation>réception&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send files: {count}</source>
        <translation>envoi des fichiers&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receive files: {count}</source>
        <translation>réception des fichiers&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../mercator_desktop/ui/widgets.py" line="+124"/>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2025-03-24</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2025-03-24</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{text}&apos; is not a time; write it as HH:MM, e.g. 09:30</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une heure&#xa0;; écrivez-la sous la forme HH:MM, p. ex. 09:30</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick the date on a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: pick on a calendar</source>
        <translation>{name} : choisir sur un calendrier</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&apos;{text}&apos; is not in the list; pick one of the list</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas dans la liste&#xa0;; choisissez-en un élément</translation>
    </message>
</context>
<context>
    <name>write_waiting</name>
    <message>
        <location filename="../../mercator_desktop/ui/write_waiting.py" line="+30"/>
        <source>Waiting for another Mercator Desktop program to finish writing…</source>
        <translation>En attente qu’un autre programme Mercator Desktop termine d’écrire…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for another task to finish saving…</source>
        <translation>En attente qu’une autre tâche termine son enregistrement…</translation>
    </message>
</context>
</TS>
