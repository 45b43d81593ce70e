"""Messages raised below the interface, in the interface language.

The services, sync and import report a problem with a code and its values
(``domain.problem_texts``); here each code's English text is wrapped for translation, so
``problem_text``, ``message_text`` and ``error_text`` say it in the chosen language. A message
without a code (or with one not listed) shows its English words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain import problem_texts as coded
from ..domain.errors import FieldProblem

CONTEXT = "problems"

TEXTS: dict[str, str] = {
    "code_required": QT_TRANSLATE_NOOP("problems", "a mission code is required"),
    "code_format": QT_TRANSLATE_NOOP(
        "problems",
        "use 2 to 40 letters, digits, '-', '_', '.' or '/', e.g. JM-2019-INTD-01"),
    "title_required": QT_TRANSLATE_NOOP("problems", "a title is required"),
    "title_too_long": QT_TRANSLATE_NOOP("problems", "keep the title under {limit} characters"),
    "end_before_start": QT_TRANSLATE_NOOP(
        "problems",
        "the end date {end} is before the start date {start}"),
    "session_outside_mission": QT_TRANSLATE_NOOP(
        "problems",
        "{day} is outside the mission dates ({start} to {end})"),
    "session_ends_before_start": QT_TRANSLATE_NOOP(
        "problems",
        "the session ends before it starts"),
    "no_mission_code": QT_TRANSLATE_NOOP("problems", "no mission with code '{code}'"),
    "counterpart_needs_name": QT_TRANSLATE_NOOP("problems", "a counterpart needs a name"),
    "counterpart_gone": QT_TRANSLATE_NOOP("problems", "the counterpart no longer exists"),
    "mission_gone": QT_TRANSLATE_NOOP(
        "problems",
        "the mission no longer exists (it may be in the trash)"),
    "agenda_item_gone": QT_TRANSLATE_NOOP("problems", "the agenda item no longer exists"),
    "unknown_mission_type": QT_TRANSLATE_NOOP("problems", "unknown mission type '{value}'"),
    "unknown_topic": QT_TRANSLATE_NOOP("problems", "unknown topic '{value}'"),
    "unknown_status": QT_TRANSLATE_NOOP("problems", "unknown status '{value}'"),
    "unknown_country": QT_TRANSLATE_NOOP("problems", "unknown country code '{value}'"),
    "unknown_programme": QT_TRANSLATE_NOOP("problems", "unknown programme"),
    "code_taken": QT_TRANSLATE_NOOP("problems", "another mission already has the code '{code}'"),
    "lead_needed_past_planned": QT_TRANSLATE_NOOP(
        "problems",
        "a mission past 'planned' needs a lead expert"),
    "lead_needed": QT_TRANSLATE_NOOP("problems", "a mission that is {status} needs a lead expert"),
    "unknown_role": QT_TRANSLATE_NOOP("problems", "unknown role '{value}'"),
    "team_expert_gone": QT_TRANSLATE_NOOP("problems", "an expert of the team no longer exists"),
    "one_lead_only": QT_TRANSLATE_NOOP("problems", "a mission has only one lead expert"),
    "expert_twice": QT_TRANSLATE_NOOP("problems", "an expert is listed twice"),
    "unknown_link_kind": QT_TRANSLATE_NOOP("problems", "unknown link kind '{value}'"),
    "unknown_code": QT_TRANSLATE_NOOP("problems", "unknown code '{value}'"),
    "activity_required": QT_TRANSLATE_NOOP("problems", "say what happens in this session"),
    "in_session": QT_TRANSLATE_NOOP("problems", "session {number} ({day}): {message}"),
    "counterpart_n_needs_name": QT_TRANSLATE_NOOP("problems", "counterpart {number} needs a name"),
    "status_move": QT_TRANSLATE_NOOP(
        "problems",
        "a mission cannot move from {current} to {target}; possible: {moves}"),
    "sessions_before_start": QT_TRANSLATE_NOOP(
        "problems",
        "the agenda has sessions on {day}, before this start date; move or remove them first"),
    "sessions_after_end": QT_TRANSLATE_NOOP(
        "problems",
        "the agenda has sessions on {day}, after this end date; move or remove them first"),
    "expert_gone": QT_TRANSLATE_NOOP(
        "problems",
        "the expert no longer exists (they may be in the trash)"),
    "name_required": QT_TRANSLATE_NOOP("problems", "a name is required"),
    "not_email": QT_TRANSLATE_NOOP("problems", "'{value}' is not an e-mail address"),
    "language_codes": QT_TRANSLATE_NOOP(
        "problems",
        "'{value}': use ISO language codes such as en, fr, es"),
    "unknown_category": QT_TRANSLATE_NOOP("problems", "unknown category '{value}'"),
    "accreditation_in_future": QT_TRANSLATE_NOOP(
        "problems",
        "the accreditation date is in the future"),
    "expert_exists": QT_TRANSLATE_NOOP("problems", "an expert named '{name}' exists already"),
    "administration_needs_name": QT_TRANSLATE_NOOP("problems", "the administration needs a name"),
    "already_booked": QT_TRANSLATE_NOOP("problems", "{expert} is already booked on {bookings}"),
    "changed_meanwhile": QT_TRANSLATE_NOOP(
        "problems",
        "changed meanwhile by someone else: {fields}"),
    "import_failed": QT_TRANSLATE_NOOP("problems", "{source}: {problem}; nothing was imported"),
    "import_failed_more": QT_TRANSLATE_NOOP(
        "problems",
        "{source}: {problem} (and {more} more problems); nothing was imported"),
    "at_line": QT_TRANSLATE_NOOP("problems", "line {line}: {message}"),
    "at_row": QT_TRANSLATE_NOOP("problems", "row {line}: {message}"),
    "at_record": QT_TRANSLATE_NOOP("problems", "record {line}: {message}"),
    "at_line_column": QT_TRANSLATE_NOOP("problems", "line {line}, column '{column}': {message}"),
    "at_row_column": QT_TRANSLATE_NOOP("problems", "row {line}, column '{column}': {message}"),
    "at_record_column": QT_TRANSLATE_NOOP(
        "problems",
        "record {line}, column '{column}': {message}"),
    "at_column": QT_TRANSLATE_NOOP("problems", "column '{column}': {message}"),
    "not_strength_or_gap": QT_TRANSLATE_NOOP(
        "problems",
        "'{value}' is neither a strength nor a gap"),
    "finding_text_required": QT_TRANSLATE_NOOP("problems", "say what was found"),
    "recommendation_text_required": QT_TRANSLATE_NOOP("problems", "say what is recommended"),
    "action_text_required": QT_TRANSLATE_NOOP("problems", "say what is to be done"),
    "assessment_not_of_mission": QT_TRANSLATE_NOOP(
        "problems",
        "the assessment is not one of this mission's"),
    "unknown_priority": QT_TRANSLATE_NOOP(
        "problems",
        "unknown priority '{value}'; use high, medium or low"),
    "finding_not_of_mission": QT_TRANSLATE_NOOP(
        "problems",
        "the finding is not one of this mission's"),
    "progress_gone": QT_TRANSLATE_NOOP(
        "problems",
        "the progress update no longer exists (it may be in the trash)"),
    "at_most_characters": QT_TRANSLATE_NOOP("problems", "at most {limit} characters"),
    "unknown_timeframe": QT_TRANSLATE_NOOP(
        "problems",
        "unknown timeframe '{value}'; use short, medium or long"),
    "recommendation_not_of_mission": QT_TRANSLATE_NOOP(
        "problems",
        "the recommendation is not one of this mission's"),
    "action_item_gone": QT_TRANSLATE_NOOP(
        "problems",
        "the action item no longer exists (it may be in the trash)"),
    "finding_gone": QT_TRANSLATE_NOOP(
        "problems",
        "the finding no longer exists (it may be in the trash)"),
    "recommendation_gone": QT_TRANSLATE_NOOP(
        "problems",
        "the recommendation no longer exists (it may be in the trash)"),
    "finding_not_there": QT_TRANSLATE_NOOP("problems", "the finding is not there any more"),
    "recommendation_not_there": QT_TRANSLATE_NOOP(
        "problems",
        "the recommendation is not there any more"),
    "action_item_not_there": QT_TRANSLATE_NOOP(
        "problems",
        "the action item is not there any more"),
    "finding_not_in_trash": QT_TRANSLATE_NOOP("problems", "the finding is not in the trash"),
    "recommendation_not_in_trash": QT_TRANSLATE_NOOP(
        "problems",
        "the recommendation is not in the trash"),
    "action_item_not_in_trash": QT_TRANSLATE_NOOP(
        "problems",
        "the action item is not in the trash"),
    "percentage_range": QT_TRANSLATE_NOOP("problems", "a percentage between 0 and 100"),
    "date_in_future": QT_TRANSLATE_NOOP("problems", "the date is in the future"),
    "no_such_mission": QT_TRANSLATE_NOOP("problems", "no such mission (or it is in the trash)"),
    "unknown_link_kind_use": QT_TRANSLATE_NOOP(
        "problems",
        "unknown kind of link '{value}'; use tfa, arusha or geoat"),
    "unknown_code_for": QT_TRANSLATE_NOOP("problems", "unknown code '{value}' for {kind}"),
    "unknown_status_use": QT_TRANSLATE_NOOP("problems", "unknown status '{value}'; use {choices}"),
    "restore_mission_first": QT_TRANSLATE_NOOP(
        "problems",
        "restore the mission first (it is in the trash)"),
    "list_changed": QT_TRANSLATE_NOOP(
        "problems",
        "the list changed meanwhile; look at it again and move the item anew"),
    "template_not_installed": QT_TRANSLATE_NOOP(
        "problems",
        "The checklist template '{template}' version {version} is not installed; install it (or "
        "sync with HQ) to open this assessment."),
    "no_template": QT_TRANSLATE_NOOP("problems", "no checklist template '{template}'"),
    "no_template_version": QT_TRANSLATE_NOOP(
        "problems",
        "no checklist template '{template}' version {version}"),
    "template_languages": QT_TRANSLATE_NOOP(
        "problems",
        "the template is written in {languages}, not '{value}'"),
    "no_question": QT_TRANSLATE_NOOP("problems", "no question '{question}' in this checklist"),
    "no_na": QT_TRANSLATE_NOOP("problems", "this question cannot be marked N/A"),
    "note_is_text": QT_TRANSLATE_NOOP("problems", "a note is a text"),
    "assessment_locked": QT_TRANSLATE_NOOP(
        "problems",
        "This assessment is validated and locked; reopen it first."),
    "no_such_question": QT_TRANSLATE_NOOP("problems", "no such question in this checklist"),
    "validator_required": QT_TRANSLATE_NOOP("problems", "the validator's name is needed"),
    "reopen_reason_required": QT_TRANSLATE_NOOP("problems", "say why the assessment is reopened"),
    "assessment_move": QT_TRANSLATE_NOOP(
        "problems",
        "a {current} assessment cannot become {target}"),
    "only_draft_upgrades": QT_TRANSLATE_NOOP(
        "problems",
        "only a draft can move to a newer template version; reopen it first"),
    "no_version_of": QT_TRANSLATE_NOOP("problems", "no version {version} of '{template}'"),
    "version_not_newer": QT_TRANSLATE_NOOP(
        "problems",
        "version {version} is not newer than {current}"),
    "version_lacks_language": QT_TRANSLATE_NOOP(
        "problems",
        "version {version} has no '{value}' text"),
    "no_assessment": QT_TRANSLATE_NOOP("problems", "no assessment '{id}' (or it is in the trash)"),
    "assessment_validated_by": QT_TRANSLATE_NOOP(
        "problems",
        "This assessment was validated by {validator} and is locked. Reopen it, giving a reason,"
        " to change it."),
    "assessment_validated": QT_TRANSLATE_NOOP(
        "problems",
        "This assessment was validated and is locked. Reopen it, giving a reason, to change it."),
    "file_unreadable": QT_TRANSLATE_NOOP("problems", "'{path}' is not a file that can be read"),
    "note_required": QT_TRANSLATE_NOOP("problems", "write the note first"),
    "attachment_too_large": QT_TRANSLATE_NOOP(
        "problems",
        "the file is {size} MB; attachments are limited to {limit} MB"),
    "no_attached_file": QT_TRANSLATE_NOOP("problems", "no attached file '{id}'"),
    "evidence_file_missing": QT_TRANSLATE_NOOP(
        "problems",
        "the file of '{name}' is missing from the data folder (not synced yet?)"),
    "locked_no_evidence_added": QT_TRANSLATE_NOOP(
        "problems",
        "This assessment is validated and locked; reopen it, giving a reason, to add evidence."),
    "no_evidence": QT_TRANSLATE_NOOP("problems", "no evidence '{id}'"),
    "locked_no_evidence_changed": QT_TRANSLATE_NOOP(
        "problems",
        "This assessment is validated and locked; reopen it, giving a reason, to change its "
        "evidence."),
    "rating_whole_number": QT_TRANSLATE_NOOP(
        "problems",
        "a rating is one of the scale's whole numbers"),
    "not_on_scale": QT_TRANSLATE_NOOP("problems", "{value} is not on the scale ({allowed})"),
    "answer_yes_partly_no": QT_TRANSLATE_NOOP("problems", "the answer is yes, partly or no"),
    "answer_text": QT_TRANSLATE_NOOP("problems", "the answer is a text"),
    "date_format": QT_TRANSLATE_NOOP("problems", "a date is written YYYY-MM-DD, e.g. 2024-03-21"),
    "not_a_choice": QT_TRANSLATE_NOOP("problems", "'{value}' is not one of the choices"),
    "answer_choices": QT_TRANSLATE_NOOP("problems", "the answer is a list of choices"),
    "answer_number": QT_TRANSLATE_NOOP("problems", "the answer is a number"),
    "answer_whole_number": QT_TRANSLATE_NOOP("problems", "the answer is a whole number"),
    "at_least": QT_TRANSLATE_NOOP("problems", "at least {limit}"),
    "at_most": QT_TRANSLATE_NOOP("problems", "at most {limit}"),
    "sync_too_slow": QT_TRANSLATE_NOOP(
        "problems",
        "The sync took longer than {seconds} seconds, so the sync stopped. Your work is kept; "
        "what HQ confirmed stays confirmed, the rest is sent at the next sync."),
    "answer_too_slow": QT_TRANSLATE_NOOP(
        "problems",
        "HQ's answer took longer than {seconds} seconds, so the sync stopped. Your work is kept;"
        " what HQ confirmed stays confirmed, the rest is sent at the next sync."),
    "not_hq": QT_TRANSLATE_NOOP(
        "problems",
        "{url} answered, but not as Mercator HQ. On hotel or airport Wi-Fi, open a web browser "
        "and accept the network's terms first; nothing was marked as sent."),
    "sync_offline": QT_TRANSLATE_NOOP(
        "problems",
        "HQ cannot be reached now: this computer is offline, or HQ is not running. Your work is "
        "kept and will be sent at the next sync."),
    "sync_timeout": QT_TRANSLATE_NOOP(
        "problems",
        "HQ did not answer in time. Your work is kept and will be sent at the next sync."),
    "sync_unavailable": QT_TRANSLATE_NOOP(
        "problems",
        "HQ is unavailable for the moment. Your work is kept and will be sent at the next sync."),
    "hq_failed_later": QT_TRANSLATE_NOOP(
        "problems",
        "HQ answered but could not do this now. Your work is kept and will be sent at the next "
        "sync."),
    "sign_in_refused": QT_TRANSLATE_NOOP("problems", "HQ refused the sign-in: {reason}"),
    "request_refused": QT_TRANSLATE_NOOP("problems", "HQ refused the request: {reason}"),
    "sign_in_again": QT_TRANSLATE_NOOP("problems", "Sign in to HQ again: {reason}"),
    "sign_in_first": QT_TRANSLATE_NOOP("problems", "sign in to HQ first"),
    "enter_user_password": QT_TRANSLATE_NOOP("problems", "enter your HQ user name and password"),
    "server_address_form": QT_TRANSLATE_NOOP(
        "problems",
        "the server address must look like https://hq.example.org"),
    "http_local_only": QT_TRANSLATE_NOOP(
        "problems",
        "plain http:// is allowed only to this computer (localhost); use https:// for HQ"),
    "hq_offline": QT_TRANSLATE_NOOP(
        "problems",
        "no connection to HQ: this computer is offline, or HQ is not running"),
    "hq_timeout": QT_TRANSLATE_NOOP("problems", "HQ did not answer in time"),
    "hq_unavailable": QT_TRANSLATE_NOOP("problems", "HQ is unavailable for the moment"),
    "deadline_sync": QT_TRANSLATE_NOOP(
        "problems",
        "the sync took longer than {seconds} s, the time allowed; nothing unconfirmed was marked"
        " as sent"),
    "deadline_answer": QT_TRANSLATE_NOOP(
        "problems",
        "HQ's answer took longer than {seconds} s, the time allowed; nothing unconfirmed was "
        "marked as sent"),
    "not_hq_status": QT_TRANSLATE_NOOP(
        "problems",
        "{url} answered, but not as Mercator HQ (HTTP {status}); nothing was marked as sent."),
    "not_hq_portal": QT_TRANSLATE_NOOP(
        "problems",
        "{url} answered, but not as Mercator HQ (HTTP {status}, {type}). On hotel or airport "
        "Wi-Fi, open a web browser and accept the network's terms first; nothing was marked as "
        "sent."),
    "not_protocol": QT_TRANSLATE_NOOP(
        "problems",
        "HQ's answer to {path} is not what protocol {version} says: {detail}"),
    "hq_failed": QT_TRANSLATE_NOOP("problems", "HQ failed: {reason}"),
    "keep_mine_or_theirs": QT_TRANSLATE_NOOP("problems", "choose 'mine' or 'theirs'"),
    "conflict_closed": QT_TRANSLATE_NOOP("problems", "this conflict is no longer open"),
    "conflict_record_gone": QT_TRANSLATE_NOOP(
        "problems",
        "the record of this conflict no longer exists"),
    "unknown_record_kind": QT_TRANSLATE_NOOP("problems", "unknown kind of record '{value}'"),
    "record_gone": QT_TRANSLATE_NOOP("problems", "this record no longer exists"),
    "no_hq_version": QT_TRANSLATE_NOOP(
        "problems",
        "HQ never had this record, so there is no HQ version to go back to: correct it (e.g. "
        "rename the mission) or delete it"),
    "client_too_old": QT_TRANSLATE_NOOP(
        "problems",
        "HQ needs a newer Mercator Desktop (sync protocol {protocol}, version {version} or "
        "later); this is {mine}, protocol {my_protocol}. Install the newer version to sync; your"
        " work stays here."),
    "hq_too_old": QT_TRANSLATE_NOOP(
        "problems",
        "HQ speaks sync protocol {protocol}, older than this Mercator Desktop ({low} to {high});"
        " HQ needs an update before you can sync."),
    "hq_too_old_says": QT_TRANSLATE_NOOP(
        "problems",
        "HQ speaks sync protocol {protocol}, older than this Mercator Desktop ({low} to {high});"
        " HQ needs an update before you can sync. HQ says: {message}"),
    "epoch_keeps_changing": QT_TRANSLATE_NOOP(
        "problems",
        "HQ keeps changing its epoch; try again later"),
    "cancelled_confirmed_kept": QT_TRANSLATE_NOOP(
        "problems",
        "sync cancelled; what HQ confirmed is kept"),
    "cancelled_received_kept": QT_TRANSLATE_NOOP(
        "problems",
        "sync cancelled; what was received is kept"),
    "resync_keeps_coming": QT_TRANSLATE_NOOP(
        "problems",
        "HQ keeps asking for a full resync; try again later"),
    "mass_deletion": QT_TRANSLATE_NOOP(
        "problems",
        "HQ's changes would delete {count} of your {total} records ({share}). Nothing was "
        "deleted. If this is expected, sync again and allow the deletions; otherwise ask HQ."),
    "file_not_listed": QT_TRANSLATE_NOOP("problems", "HQ no longer lists this file among yours"),
    "say_which_hq": QT_TRANSLATE_NOOP("problems", "say which HQ with --server URL"),
    "sign_in_to_first": QT_TRANSLATE_NOOP("problems", "sign in to {server} first: {command}"),
    "session_unknown": QT_TRANSLATE_NOOP(
        "problems",
        "sign in again: your session is unknown, expired or signed out"),
    "wrong_password": QT_TRANSLATE_NOOP("problems", "wrong user name or password"),
    "hq_speaks_protocols": QT_TRANSLATE_NOOP(
        "problems",
        "this HQ speaks sync protocol {low} to {high}; your Mercator Desktop speaks {yours}"),
    "batch_too_large": QT_TRANSLATE_NOOP("problems", "send at most {limit} changes per batch"),
    "batch_id_taken": QT_TRANSLATE_NOOP(
        "problems",
        "this batch id is taken; send it with a new one"),
    "epoch_changed": QT_TRANSLATE_NOOP(
        "problems",
        "HQ's database was restored or changed epoch; say hello again and send what it lacks"),
    "file_held_bytes": QT_TRANSLATE_NOOP(
        "problems",
        "HQ holds {held} bytes of this file; send from there"),
    "chunk_past_size": QT_TRANSLATE_NOOP("problems", "the chunk goes past the file's size"),
    "file_hash_mismatch": QT_TRANSLATE_NOOP(
        "problems",
        "the file's bytes do not match its SHA-256; HQ kept nothing of it: send it again"),
    "file_not_held": QT_TRANSLATE_NOOP("problems", "HQ does not hold this file yet"),
    "file_not_yours": QT_TRANSLATE_NOOP(
        "problems",
        "no record among your missions refers to this file"),
    "file_too_large": QT_TRANSLATE_NOOP(
        "problems",
        "HQ takes files of at most {limit} bytes; this one has {size}"),
    "chunk_too_large": QT_TRANSLATE_NOOP("problems", "send at most {limit} bytes per chunk"),
    "chunk_empty": QT_TRANSLATE_NOOP("problems", "the chunk is empty"),
    "too_many_account_locked_seconds": QT_TRANSLATE_NOOP(
        "problems",
        "too many failed sign-ins for this account: sign-in is locked; try again after {when} "
        "(in {count} seconds)"),
    "too_many_account_locked_minutes": QT_TRANSLATE_NOOP(
        "problems",
        "too many failed sign-ins for this account: sign-in is locked; try again after {when} "
        "(in {count} minutes)"),
    "too_many_address_locked_seconds": QT_TRANSLATE_NOOP(
        "problems",
        "too many failed sign-ins for your network address: sign-in is locked; try again after "
        "{when} (in {count} seconds)"),
    "too_many_address_locked_minutes": QT_TRANSLATE_NOOP(
        "problems",
        "too many failed sign-ins for your network address: sign-in is locked; try again after "
        "{when} (in {count} minutes)"),
    "too_many_account_wait_seconds": QT_TRANSLATE_NOOP(
        "problems",
        "too many failed sign-ins for this account: wait {count} seconds before trying again"),
    "too_many_account_wait_minutes": QT_TRANSLATE_NOOP(
        "problems",
        "too many failed sign-ins for this account: wait {count} minutes before trying again"),
    "too_many_address_wait_seconds": QT_TRANSLATE_NOOP(
        "problems",
        "too many failed sign-ins for your network address: wait {count} seconds before trying "
        "again"),
    "too_many_address_wait_minutes": QT_TRANSLATE_NOOP(
        "problems",
        "too many failed sign-ins for your network address: wait {count} minutes before trying "
        "again"),
    "hq_busy_signing_in": QT_TRANSLATE_NOOP(
        "problems",
        "HQ is busy signing people in; try again in a minute"),
    "use_import_kinds": QT_TRANSLATE_NOOP(
        "problems",
        "{name}: use a .csv, .json or spreadsheet (.xlsx, .xls, .ods) file (got '{suffix}')"),
    "use_export_kinds": QT_TRANSLATE_NOOP(
        "problems",
        "{name}: use a .csv, .xlsx or .json file (got '{suffix}')"),
    "no_such_file": QT_TRANSLATE_NOOP("problems", "{path}: no such file"),
    "cannot_read": QT_TRANSLATE_NOOP("problems", "{path}: cannot be read ({reason})"),
    "cannot_write": QT_TRANSLATE_NOOP("problems", "{path}: cannot be written ({reason})"),
    "is_a_folder": QT_TRANSLATE_NOOP("problems", "{path}: cannot be read (it is a folder)"),
    "required_column_missing": QT_TRANSLATE_NOOP(
        "problems",
        "required column missing (the header needs {columns})"),
    "unknown_column": QT_TRANSLATE_NOOP("problems", "unknown column; known columns are {columns}"),
    "column_twice": QT_TRANSLATE_NOOP("problems", "the column appears twice in the header"),
    "cells_too_many": QT_TRANSLATE_NOOP(
        "problems",
        "{cells} cells but the header has {width} columns (a separator inside an unquoted cell?)"),
    "value_right_of_header": QT_TRANSLATE_NOOP(
        "problems",
        "a value right of the last column of the header"),
    "cells_too_few": QT_TRANSLATE_NOOP(
        "problems",
        "{cells} cells but the header has {width} columns (a missing separator?)"),
    "not_json": QT_TRANSLATE_NOOP("problems", "not valid JSON: {detail}"),
    "json_array_expected": QT_TRANSLATE_NOOP(
        "problems",
        "expected a JSON array of mission objects"),
    "required_field_missing": QT_TRANSLATE_NOOP("problems", "required field missing"),
    "unknown_field": QT_TRANSLATE_NOOP("problems", "unknown field; known fields are {fields}"),
    "code_also_on_line": QT_TRANSLATE_NOOP(
        "problems",
        "the code '{code}' is also on line {other}"),
    "code_also_on_row": QT_TRANSLATE_NOOP("problems", "the code '{code}' is also on row {other}"),
    "code_also_on_record": QT_TRANSLATE_NOOP(
        "problems",
        "the code '{code}' is also on record {other}"),
    "file_empty": QT_TRANSLATE_NOOP("problems", "the file is empty"),
    "csv_error": QT_TRANSLATE_NOOP("problems", "the file cannot be read as CSV ({detail})"),
    "workbook_empty": QT_TRANSLATE_NOOP("problems", "the workbook is empty"),
    "no_sheet": QT_TRANSLATE_NOOP(
        "problems",
        "{name}: no sheet named '{sheet}'; the sheets are {sheets}"),
    "sheet_empty": QT_TRANSLATE_NOOP("problems", "the sheet is empty"),
    "every_sheet_empty": QT_TRANSLATE_NOOP("problems", "every sheet is empty"),
    "sheet_unreadable": QT_TRANSLATE_NOOP(
        "problems",
        "{name}: the sheet '{sheet}' cannot be read ({detail})"),
    "not_a_workbook": QT_TRANSLATE_NOOP(
        "problems",
        "{name}: not a readable {suffix} workbook (save it again from your spreadsheet program)"),
    "value_ambiguous": QT_TRANSLATE_NOOP(
        "problems",
        "'{value}' matches more than one: {candidates}; write the code of the one you mean"),
    "unknown_value_did_you_mean": QT_TRANSLATE_NOOP(
        "problems",
        "unknown {noun} '{value}'; did you mean {candidates}?"),
    "unknown_value_use_one_of": QT_TRANSLATE_NOOP(
        "problems",
        "unknown {noun} '{value}'; use one of: {choices}"),
    "unknown_value": QT_TRANSLATE_NOOP("problems", "unknown {noun} '{value}'"),
    "mapping_names_nothing": QT_TRANSLATE_NOOP(
        "problems",
        "{message} (the mapping to '{target}' names no {noun} either)"),
    "value_required": QT_TRANSLATE_NOOP("problems", "a {noun} is required"),
    "number_not_date": QT_TRANSLATE_NOOP(
        "problems",
        "'{value}' is a number, not a date; format the cell as a date or write YYYY-MM-DD"),
    "not_a_date_write": QT_TRANSLATE_NOOP(
        "problems",
        "'{value}' is not a date; write it as YYYY-MM-DD"),
    "not_a_date": QT_TRANSLATE_NOOP("problems", "'{value}' is not a date"),
    "not_whole_number": QT_TRANSLATE_NOOP("problems", "'{value}' is not a whole number"),
    "not_negative": QT_TRANSLATE_NOOP("problems", "cannot be negative"),
    "not_yes_no": QT_TRANSLATE_NOOP("problems", "'{value}' is not yes or no"),
    "noun_type": QT_TRANSLATE_NOOP("problems", "type"),
    "noun_status": QT_TRANSLATE_NOOP("problems", "status"),
    "noun_country": QT_TRANSLATE_NOOP("problems", "country"),
    "noun_region": QT_TRANSLATE_NOOP("problems", "region"),
    "noun_topics": QT_TRANSLATE_NOOP("problems", "topic"),
    "noun_programme": QT_TRANSLATE_NOOP("problems", "programme"),
    "noun_tfa_articles": QT_TRANSLATE_NOOP("problems", "TFA provision"),
    "noun_arusha_factors": QT_TRANSLATE_NOOP("problems", "Arusha factor"),
    "noun_geoat_principles": QT_TRANSLATE_NOOP("problems", "GEOAT principle"),
    "app_open_on_folder": QT_TRANSLATE_NOOP(
        "problems",
        "Mercator Desktop is open on this data folder (it was brought to the front): restore "
        "from its File ▸ Backups… menu, or close it first"),
    "data_folder_unusable": QT_TRANSLATE_NOOP(
        "problems",
        "{path}: cannot be used as the data folder ({reason})"),
    "stdin_empty_passphrase": QT_TRANSLATE_NOOP(
        "problems",
        "the passphrase was expected on standard input, which is empty"),
    "stdin_empty_new_passphrase": QT_TRANSLATE_NOOP(
        "problems",
        "the new passphrase was expected on standard input, which is empty"),
    "stdin_empty_current_passphrase": QT_TRANSLATE_NOOP(
        "problems",
        "the current passphrase was expected on standard input, which is empty"),
    "unknown_option_value": QT_TRANSLATE_NOOP(
        "problems",
        "unknown {option} '{value}'; use one of: {choices}"),
    "period_reversed": QT_TRANSLATE_NOOP("problems", "the period ends before it starts"),
    "map_form": QT_TRANSLATE_NOOP(
        "problems",
        "--map '{item}': write it as COLUMN:VALUE=CODE, e.g. 'programme:Mercator Plus=mercator'"),
    "map_column": QT_TRANSLATE_NOOP(
        "problems",
        "--map '{item}': '{column}' is not a column that can be mapped; use one of {columns}"),
    "new_passphrase_stdin": QT_TRANSLATE_NOOP(
        "problems",
        "give the new passphrase on standard input with --passphrase-stdin (the command line "
        "does not prompt)"),
    "contains_nul": QT_TRANSLATE_NOOP("problems", "contains a NUL character"),
    "lone_surrogate": QT_TRANSLATE_NOOP(
        "problems",
        "is not well-formed Unicode (it holds a lone surrogate)"),
    "at_most_characters_has": QT_TRANSLATE_NOOP(
        "problems",
        "at most {limit} characters (this one has {count})"),
    "total_below_women_men": QT_TRANSLATE_NOOP(
        "problems",
        "the total {total} is less than women + men ({sum})"),
    "keep_backups_range": QT_TRANSLATE_NOOP(
        "problems",
        "keep between 1 and {limit} backups (not {count})"),
    "export_folder_is_file": QT_TRANSLATE_NOOP(
        "problems",
        "{path} is a file; give a folder to export into"),
    "export_folder_not_empty": QT_TRANSLATE_NOOP(
        "problems",
        "{path} is not empty; give a new or empty folder so that nothing in it is overwritten"),
    "cannot_create": QT_TRANSLATE_NOOP("problems", "{path}: cannot be created ({reason})"),
    "export_not_written": QT_TRANSLATE_NOOP(
        "problems",
        "{path}: the export could not be written ({reason})"),
    "longer_than": QT_TRANSLATE_NOOP("problems", "longer than {limit} characters ({count})"),
    "logo_missing": QT_TRANSLATE_NOOP("problems", "the file {path} does not exist"),
    "logo_too_large": QT_TRANSLATE_NOOP(
        "problems",
        "the file {name} is larger than {limit} MB; use a smaller image"),
    "logo_not_image": QT_TRANSLATE_NOOP(
        "problems",
        "the file {name} is not an image (PNG or JPEG) that can be read"),
    "period_ends_before": QT_TRANSLATE_NOOP(
        "problems",
        "the period ends ({end}) before it starts ({start})"),
    "launch_after_period": QT_TRANSLATE_NOOP(
        "problems",
        "the launch date {day} is after the end of the period"),
    "csv_folder_not_created": QT_TRANSLATE_NOOP(
        "problems",
        "cannot create the CSV folder {path}: {reason}"),
    "csv_folder_no_permission": QT_TRANSLATE_NOOP(
        "problems",
        "cannot write in the CSV folder {path}: no permission"),
    "csv_not_written": QT_TRANSLATE_NOOP(
        "problems",
        "cannot write the CSV files in {path}: {reason}"),
    "passphrase_needed": QT_TRANSLATE_NOOP(
        "problems",
        "This data folder is encrypted and this computer does not hold its key (a new laptop, or"
        " the keyring was reset). Enter the recovery passphrase set when the folder was "
        "protected."),
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "problems",
        "That recovery passphrase is not the one of this data folder. Nothing was changed; check"
        " the spelling and the keyboard layout, then try again."),
    "key_mismatch": QT_TRANSLATE_NOOP(
        "problems",
        "The key this computer's keyring keeps for this data folder does not open it (the folder"
        " may have been replaced by another one). Nothing was changed or overwritten. Enter the "
        "folder's recovery passphrase to open it."),
    "passphrase_too_short": QT_TRANSLATE_NOOP(
        "problems",
        "The recovery passphrase needs at least {limit} characters; a few words you will "
        "remember make a good one."),
    "passphrases_differ": QT_TRANSLATE_NOOP("problems", "The two passphrases are not the same."),
    "already_encrypted": QT_TRANSLATE_NOOP(
        "problems",
        "This data folder is encrypted already; to change its recovery passphrase, unlock it "
        "first."),
    "not_that_key": QT_TRANSLATE_NOOP(
        "problems",
        "This data folder is not encrypted with that key."),
    "recovery_file_unreadable": QT_TRANSLATE_NOOP(
        "problems",
        "The recovery key file {path} was written by a newer version of Mercator Desktop, or "
        "is damaged, so this data folder was not opened and nothing in it was changed. Open "
        "it with the newer version, or restore the file from a copy."),
    "encrypted_copy_mismatch": QT_TRANSLATE_NOOP(
        "problems",
        "The encrypted copy of the database did not match the original, so the original was kept"
        " unchanged. Please report this problem."),
    "encrypted_not_opened": QT_TRANSLATE_NOOP(
        "problems",
        "The encrypted database could not be opened, so the original was put back unchanged. "
        "Please report this problem."),
    "unknown_reference_set": QT_TRANSLATE_NOOP(
        "problems",
        "HQ published an unknown reference set '{name}'"),
    "reference_version_nan": QT_TRANSLATE_NOOP(
        "problems",
        "reference set '{name}': version '{version}' is not a number"),
    "reference_malformed": QT_TRANSLATE_NOOP(
        "problems",
        "reference set '{name}' version {version} is malformed ({detail}); nothing was changed"),
    "mission_in_trash": QT_TRANSLATE_NOOP(
        "problems",
        "the mission {code} is in the trash; restore it first"),
    "target_is_folder": QT_TRANSLATE_NOOP(
        "problems",
        "{path} is a folder; give a file name such as report.pdf"),
    "folder_missing": QT_TRANSLATE_NOOP(
        "problems",
        "cannot write {path}: the folder {folder} does not exist"),
    "folder_no_permission": QT_TRANSLATE_NOOP(
        "problems",
        "cannot write {path}: no permission to write in {folder}"),
    "file_read_only": QT_TRANSLATE_NOOP("problems", "cannot write {path}: the file is read-only"),
    "cannot_write_reason": QT_TRANSLATE_NOOP("problems", "cannot write {path}: {reason}"),
    "enter_your_name": QT_TRANSLATE_NOOP(
        "problems",
        "enter your name: it is recorded with your changes"),
    "name_too_long": QT_TRANSLATE_NOOP("problems", "the name is longer than {limit} characters"),
    "template_version_taken": QT_TRANSLATE_NOOP(
        "problems",
        "{name}: '{template}' version {version} is already installed ({source}) with other "
        "content; give the form a new version in the settings sheet; nothing was imported"),
    "template_version_not_installed": QT_TRANSLATE_NOOP(
        "problems",
        "no checklist template '{template}' version {version} is installed (installed: "
        "{installed})"),
    "template_not_installed_any": QT_TRANSLATE_NOOP(
        "problems",
        "no checklist template '{template}' is installed (installed: {installed})"),
    "not_xlsform": QT_TRANSLATE_NOOP(
        "problems",
        "'{template}' cannot be written as an XLSForm: {detail}"),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "problems",
        "This data was written by a newer version of Mercator Desktop (schema {schema}). Install"
        " the newer version to open it; nothing was changed."),
    "folder_busy": QT_TRANSLATE_NOOP(
        "problems",
        "Another Mercator Desktop program is writing to this data folder and did not finish in "
        "time. Try again when it has finished."),
    "cli_error": QT_TRANSLATE_NOOP("problems", "{prog}: error: {message}"),
    "cli_passphrase_hint": QT_TRANSLATE_NOOP(
        "problems",
        "On the command line: give the passphrase on standard input with '{command}'."),
    "cli_interrupted": QT_TRANSLATE_NOOP("problems", "{prog}: interrupted"),
    "cli_unexpected": QT_TRANSLATE_NOOP("problems", "{prog}: unexpected error: {error}"),
    "cli_details_in": QT_TRANSLATE_NOOP("problems", "(details in {path})"),
    "cli_command_failed": QT_TRANSLATE_NOOP("problems", "{prog}: {command} failed: {message}"),
    "cli_refused_by_hq": QT_TRANSLATE_NOOP("problems", "refused by HQ: {problem}"),
    "plan_would_import": QT_TRANSLATE_NOOP(
        "problems",
        "{file}: would import: {created} to create, {updated} to update, {refused} refused. "
        "Nothing was stored."),
    "plan_nothing": QT_TRANSLATE_NOOP(
        "problems",
        "{file}: would import nothing: {created} to create, {updated} to update, {refused} "
        "refused. Nothing was stored."),
    "plan_refused_line": QT_TRANSLATE_NOOP("problems", "line {line} ({code}): refused: {why}"),
    "plan_refused_row": QT_TRANSLATE_NOOP("problems", "row {line} ({code}): refused: {why}"),
    "plan_refused_record": QT_TRANSLATE_NOOP("problems", "record {line} ({code}): refused: {why}"),
    "value_ambiguous_two": QT_TRANSLATE_NOOP(
        "problems",
        "'{value}' matches both {first} and {second}; write the code of the one you mean"),
    "hq_code_taken": QT_TRANSLATE_NOOP(
        "problems",
        "the mission code is already used by another mission at HQ; rename this mission (or the "
        "other one) and sync again"),
    "hq_validated": QT_TRANSLATE_NOOP(
        "problems",
        "the assessment was validated at HQ; its answers change only after it is reopened with a"
        " reason. Reopen it and keep your answer, or discard your change"),
    "hq_validated_on": QT_TRANSLATE_NOOP(
        "problems",
        "the assessment was validated at HQ on {day}; its answers change only after it is "
        "reopened with a reason. Reopen it and keep your answer, or discard your change"),
    "hq_removed_from_team": QT_TRANSLATE_NOOP(
        "problems",
        "you were taken off the team of this mission on {day}; your change was not applied. The "
        "mission is kept on your laptop, read-only"),
    "staged_unknown_kind": QT_TRANSLATE_NOOP(
        "problems",
        "a kind of record this version does not know; update Mercator Desktop"),
    "staged_waiting_for": QT_TRANSLATE_NOOP("problems", "waiting for {records}"),
    "staged_clash": QT_TRANSLATE_NOOP("problems", "clashes with a local record ({reason})"),
    "no_database_to_back_up": QT_TRANSLATE_NOOP(
        "problems",
        "there is no database to back up at {path}"),
    "backup_not_written": QT_TRANSLATE_NOOP(
        "problems",
        "the backup could not be written to {path}: {reason}"),
    "backup_id_ambiguous": QT_TRANSLATE_NOOP(
        "problems",
        "'{id}' names {count} backups; give more of the id"),
    "no_such_backup": QT_TRANSLATE_NOOP("problems", "there is no backup '{id}' in {path}"),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "problems",
        "backup {id} is damaged ({detail}); choose another one"),
    "backup_not_copied": QT_TRANSLATE_NOOP(
        "problems",
        "the backup could not be copied into place: {reason}"),
    "answers_missing": QT_TRANSLATE_NOOP(
        "problems",
        "{count} required answers are missing ({first}); the assessment stays a draft"),
    "answers_missing_more": QT_TRANSLATE_NOOP(
        "problems",
        "{count} required answers are missing ({first} and {more} more); the assessment stays a "
        "draft"),
    "database_damaged_restore": QT_TRANSLATE_NOOP(
        "problems",
        "The database {path} is damaged and was not opened, so nothing in it was changed (SQLite"
        " says: {detail}). Restore the newest good backup ({id}, made {when}) with: "
        "mercator-desktop backup restore {id}"),
    "database_damaged_no_backup": QT_TRANSLATE_NOOP(
        "problems",
        "The database {path} is damaged and was not opened, so nothing in it was changed (SQLite"
        " says: {detail}). There is no good backup to restore; keep the file and ask for help."),
    "recovery_not_encrypted": QT_TRANSLATE_NOOP(
        "problems",
        "{folder} is not encrypted, so it has no recovery passphrase to change; "
        "'mercator-desktop recovery set' encrypts it"),
    "recovery_change_stdin": QT_TRANSLATE_NOOP(
        "problems",
        "give the current and the new passphrase on standard input, one per line, with "
        "--passphrase-stdin (the command line does not prompt)"),
    "folder_not_encrypted_change": QT_TRANSLATE_NOOP(
        "problems",
        "This data folder is not encrypted, so it has no recovery passphrase to change."
        " Protect it first."),
    "report_options_need_issue": QT_TRANSLATE_NOOP(
        "problems",
        "--status, --final, --date and --yes go with --issue"),
    "report_out_needed": QT_TRANSLATE_NOOP(
        "problems",
        "give the file to write with --out FILE.pdf (or --issue, --issued)"),
    "issued_is_pdf": QT_TRANSLATE_NOOP(
        "problems",
        "an issued report is a PDF: give --out FILE.pdf"),
    "final_with_empty_parts": QT_TRANSLATE_NOOP(
        "problems",
        "the report would be Final with these parts empty: {parts}. Add --yes to issue "
        "it as Final anyway, or issue a draft"),
    "noun_gap_results": QT_TRANSLATE_NOOP(
        "problems",
        "the results of the assessments"),
    "noun_gap_findings": QT_TRANSLATE_NOOP(
        "problems",
        "the findings"),
    "noun_gap_action_plan": QT_TRANSLATE_NOOP(
        "problems",
        "the action plan"),
    "parts_1": QT_TRANSLATE_NOOP(
        "problems",
        "{a}"),
    "parts_2": QT_TRANSLATE_NOOP(
        "problems",
        "{a}; {b}"),
    "parts_3": QT_TRANSLATE_NOOP(
        "problems",
        "{a}; {b}; {c}"),
    "issued_pdf_not_here": QT_TRANSLATE_NOOP(
        "problems",
        "the PDF of version {version} is not on this computer yet: it arrives with the "
        "next sync"),
    "not_report_status": QT_TRANSLATE_NOOP(
        "problems",
        "'{value}' is not a report status (draft or final)"),
    "report_language": QT_TRANSLATE_NOOP(
        "problems",
        "reports are issued in {languages}, not '{value}'"),
    "no_issued_report": QT_TRANSLATE_NOOP(
        "problems",
        "no issued report '{id}'"),
    "issued_meanwhile": QT_TRANSLATE_NOOP(
        "problems",
        "version {version} of {code} was issued meanwhile; issue again"),
    "cli_warning": QT_TRANSLATE_NOOP(
        "problems",
        "warning: {message}"),
    "cli_demo_none": QT_TRANSLATE_NOOP(
        "problems",
        "There is no demonstration data to remove."),
    "cli_demo_removed": QT_TRANSLATE_NOOP(
        "problems",
        "Removed the demonstration data: {missions} missions, {experts} experts, "
        "{administrations} administrations ({records} records)."),
    "demo_kept_expert_team": QT_TRANSLATE_NOOP(
        "problems",
        "Kept the demonstration expert {name}: your missions {codes} have them in the team."),
    "demo_kept_expert_accreditations": QT_TRANSLATE_NOOP(
        "problems",
        "Kept the demonstration expert {name}: you added accreditations to them."),
    "demo_kept_administration": QT_TRANSLATE_NOOP(
        "problems",
        "Kept the demonstration administration {name}: {users} still point at it."),
    "demo_user_mission": QT_TRANSLATE_NOOP(
        "problems",
        "mission {code}"),
    "demo_user_expert": QT_TRANSLATE_NOOP(
        "problems",
        "expert {name}"),
    "cli_demo_loaded": QT_TRANSLATE_NOOP(
        "problems",
        "Demonstration data loaded: {missions} missions, {experts} experts, "
        "{administrations} administrations."),
    "cli_demo_already": QT_TRANSLATE_NOOP(
        "problems",
        "Demonstration data is already loaded; nothing added."),
    "cli_no_missions": QT_TRANSLATE_NOOP(
        "problems",
        "No missions."),
    "cli_trash_empty": QT_TRANSLATE_NOOP(
        "problems",
        "The trash is empty."),
    "cli_missions_one": QT_TRANSLATE_NOOP(
        "problems",
        "{count} mission"),
    "cli_missions_many": QT_TRANSLATE_NOOP(
        "problems",
        "{count} missions"),
    "cli_heading_code": QT_TRANSLATE_NOOP(
        "problems",
        "CODE"),
    "cli_heading_start": QT_TRANSLATE_NOOP(
        "problems",
        "START"),
    "cli_heading_end": QT_TRANSLATE_NOOP(
        "problems",
        "END"),
    "cli_heading_country": QT_TRANSLATE_NOOP(
        "problems",
        "CTRY"),
    "cli_heading_region": QT_TRANSLATE_NOOP(
        "problems",
        "REGION"),
    "cli_heading_type": QT_TRANSLATE_NOOP(
        "problems",
        "TYPE"),
    "cli_heading_status": QT_TRANSLATE_NOOP(
        "problems",
        "STATUS"),
    "cli_heading_title": QT_TRANSLATE_NOOP(
        "problems",
        "TITLE"),
    "cli_heading_name": QT_TRANSLATE_NOOP(
        "problems",
        "NAME"),
    "cli_heading_languages": QT_TRANSLATE_NOOP(
        "problems",
        "LANG"),
    "cli_heading_accreditations": QT_TRANSLATE_NOOP(
        "problems",
        "ACCREDITATIONS"),
    "cli_heading_email": QT_TRANSLATE_NOOP(
        "problems",
        "EMAIL"),
    "cli_imported_one": QT_TRANSLATE_NOOP(
        "problems",
        "Imported {count} mission from {file}: {created} created, {updated} updated."),
    "cli_imported_many": QT_TRANSLATE_NOOP(
        "problems",
        "Imported {count} missions from {file}: {created} created, {updated} updated."),
    "cli_imported_restored_one": QT_TRANSLATE_NOOP(
        "problems",
        "Imported {count} mission from {file}: {created} created, {updated} updated, "
        "{restored} restored from the trash."),
    "cli_imported_restored_many": QT_TRANSLATE_NOOP(
        "problems",
        "Imported {count} missions from {file}: {created} created, {updated} updated, "
        "{restored} restored from the trash."),
    "cli_new_experts": QT_TRANSLATE_NOOP(
        "problems",
        "New experts in the directory: {names}."),
    "cli_new_administrations": QT_TRANSLATE_NOOP(
        "problems",
        "New administrations: {names}."),
    "cli_new_programmes": QT_TRANSLATE_NOOP(
        "problems",
        "New programmes: {names}."),
    "plan_unknown_line": QT_TRANSLATE_NOOP(
        "problems",
        "unknown {column} '{value}' on lines {lines}"),
    "plan_unknown_row": QT_TRANSLATE_NOOP(
        "problems",
        "unknown {column} '{value}' on rows {lines}"),
    "plan_unknown_record": QT_TRANSLATE_NOOP(
        "problems",
        "unknown {column} '{value}' on records {lines}"),
    "plan_lines_more": QT_TRANSLATE_NOOP(
        "problems",
        "{lines} and {count} more"),
    "plan_map_hint": QT_TRANSLATE_NOOP(
        "problems",
        "{unknown}; map it with --map '{mapping}'"),
    "plan_new_expert": QT_TRANSLATE_NOOP(
        "problems",
        "new expert: {name}"),
    "plan_new_programme": QT_TRANSLATE_NOOP(
        "problems",
        "new programme: {name}"),
    "cli_exported_one": QT_TRANSLATE_NOOP(
        "problems",
        "Exported {count} mission to {file}."),
    "cli_exported_many": QT_TRANSLATE_NOOP(
        "problems",
        "Exported {count} missions to {file}."),
    "cli_period": QT_TRANSLATE_NOOP(
        "problems",
        "{start} to {end}"),
    "cli_team_member": QT_TRANSLATE_NOOP(
        "problems",
        "team: {name} ({role})"),
    "cli_agenda_item": QT_TRANSLATE_NOOP(
        "problems",
        "agenda: {day} {hours} {activity}"),
    "cli_no_double_bookings": QT_TRANSLATE_NOOP(
        "problems",
        "No expert is booked on overlapping missions."),
    "cli_double_booking": QT_TRANSLATE_NOOP(
        "problems",
        "{name}: {first} and {second} overlap from {start} to {end}"),
    "list_pair": QT_TRANSLATE_NOOP(
        "problems",
        "{a}, {b}"),
    "missing_characters_in": QT_TRANSLATE_NOOP(
        "problems",
        "{chars} in {where}: “{excerpt}”"),
    "report_no_font": QT_TRANSLATE_NOOP(
        "problems",
        "{prog}: warning: no font on this computer has {where}; they print as empty boxes"),
    "report_wrote_pdf": QT_TRANSLATE_NOOP(
        "problems",
        "Wrote {path}: {pages} pages."),
    "report_wrote_pdf_draft": QT_TRANSLATE_NOOP(
        "problems",
        "Wrote {path}: {pages} pages (DRAFT watermark: the mission is not at report_final "
        "yet)."),
    "report_wrote_word": QT_TRANSLATE_NOOP(
        "problems",
        "Wrote {path}: Word document."),
    "report_wrote_word_draft": QT_TRANSLATE_NOOP(
        "problems",
        "Wrote {path}: Word document (marked DRAFT: the mission is not at report_final yet)."),
    "report_issued": QT_TRANSLATE_NOOP(
        "problems",
        "Issued {code} version {version} ({status}, {language}, date of issue {date}): "
        "{pages} pages, SHA-256 {sha256}."),
    "report_wrote_copy": QT_TRANSLATE_NOOP(
        "problems",
        "Wrote a copy to {path}"),
    "report_none_issued": QT_TRANSLATE_NOOP(
        "problems",
        "No report of {code} has been issued yet."),
    "report_not_here_yet": QT_TRANSLATE_NOOP(
        "problems",
        "{file} (not on this computer yet)"),
    "cli_column_version": QT_TRANSLATE_NOOP(
        "problems",
        "version"),
    "cli_column_language": QT_TRANSLATE_NOOP(
        "problems",
        "language"),
    "cli_column_date_of_issue": QT_TRANSLATE_NOOP(
        "problems",
        "date of issue"),
    "cli_column_issued_by": QT_TRANSLATE_NOOP(
        "problems",
        "issued by"),
    "cli_column_size": QT_TRANSLATE_NOOP(
        "problems",
        "size"),
    "cli_column_file": QT_TRANSLATE_NOOP(
        "problems",
        "file"),
    "progress_wrote": QT_TRANSLATE_NOOP(
        "problems",
        "Wrote {path}: {pages} pages; {activities} from {start} to {end}, {missions} since "
        "{since}."),
    "cli_activities_one": QT_TRANSLATE_NOOP(
        "problems",
        "{count} activity"),
    "cli_activities_many": QT_TRANSLATE_NOOP(
        "problems",
        "{count} activities"),
    "cli_wrote": QT_TRANSLATE_NOOP(
        "problems",
        "Wrote {path}"),
    "backup_none_in": QT_TRANSLATE_NOOP(
        "problems",
        "No backups in {path}."),
    "backup_state_ok": QT_TRANSLATE_NOOP(
        "problems",
        "ok"),
    "backup_state_damaged": QT_TRANSLATE_NOOP(
        "problems",
        "DAMAGED"),
    "backup_count_one": QT_TRANSLATE_NOOP(
        "problems",
        "{count} backup in {path}"),
    "backup_count_many": QT_TRANSLATE_NOOP(
        "problems",
        "{count} backups in {path}"),
    "backup_restored": QT_TRANSLATE_NOOP(
        "problems",
        "Backup {id} ({when}) restored. The database it replaced is kept in {path}."),
    "backup_written": QT_TRANSLATE_NOOP(
        "problems",
        "Backup {id} written ({size} MB, integrity ok)."),
    "backup_written_not_ok": QT_TRANSLATE_NOOP(
        "problems",
        "Backup {id} written ({size} MB, integrity NOT ok)."),
    "backup_keep_count": QT_TRANSLATE_NOOP(
        "problems",
        "{count} backups are kept (plus one a day for a week and the newest before an "
        "upgrade)."),
    "backup_keep_set": QT_TRANSLATE_NOOP(
        "problems",
        "From now on {count} backups are kept."),
    "export_all_done": QT_TRANSLATE_NOOP(
        "problems",
        "Exported to {folder}: {parts}; {evidence} evidence files, {reports} reports."),
    "export_all_done_missing": QT_TRANSLATE_NOOP(
        "problems",
        "Exported to {folder}: {parts}; {evidence} evidence files, {reports} reports. "
        "{missing} evidence files or reports were not on this computer (listed in "
        "README.txt)."),
    "recovery_status_plain": QT_TRANSLATE_NOOP(
        "problems",
        "{folder}: not encrypted. 'mercator-desktop recovery set' encrypts it."),
    "recovery_status_keyring": QT_TRANSLATE_NOOP(
        "problems",
        "{folder}: encrypted; this computer's keyring holds its key."),
    "recovery_status_locked": QT_TRANSLATE_NOOP(
        "problems",
        "{folder}: encrypted; it cannot open without the recovery passphrase: {reason}."),
    "recovery_changed": QT_TRANSLATE_NOOP(
        "problems",
        "The recovery passphrase was changed; the old one no longer opens this folder."),
    "recovery_set": QT_TRANSLATE_NOOP(
        "problems",
        "{folder} is encrypted now. Keep the recovery passphrase somewhere safe: without it, "
        "this folder cannot be opened on another computer."),
    "recovery_no_keyring": QT_TRANSLATE_NOOP(
        "problems",
        "This computer has no keyring to keep the key in: give the passphrase to each "
        "command with --passphrase-stdin."),
    "recovery_replaced": QT_TRANSLATE_NOOP(
        "problems",
        "The recovery passphrase was changed; the old one no longer opens this folder. The "
        "data itself was not touched."),
    "template_already_installed": QT_TRANSLATE_NOOP(
        "problems",
        "{title} ('{id}' version {version}) is already installed, unchanged"),
    "template_installed": QT_TRANSLATE_NOOP(
        "problems",
        "{title} ('{id}' version {version}) installed ({questions} questions)"),
    "template_written": QT_TRANSLATE_NOOP(
        "problems",
        "{id} version {version} written to {path}"),
    "sync_signed_out": QT_TRANSLATE_NOOP(
        "problems",
        "Signed out of HQ."),
    "sync_without_session": QT_TRANSLATE_NOOP(
        "problems",
        "To sync without keeping a session, run: {command}"),
    "sync_signed_in": QT_TRANSLATE_NOOP(
        "problems",
        "Signed in to {server} as {user} ({role})."),
    "sync_done": QT_TRANSLATE_NOOP(
        "problems",
        "Synced with {server}: {sent} sent, {received} received, {applied} applied."),
    "sync_files": QT_TRANSLATE_NOOP(
        "problems",
        "Evidence files: {sent} sent, {received} received."),
    "sync_duplicates": QT_TRANSLATE_NOOP(
        "problems",
        "{count} changes HQ already had (a lost answer); nothing doubled."),
    "sync_conflicts": QT_TRANSLATE_NOOP(
        "problems",
        "{count} fields were changed at HQ too: HQ's value is shown, yours is kept in the "
        "conflict inbox."),
    "sync_records_wait": QT_TRANSLATE_NOOP(
        "problems",
        "{count} received records wait; see why with: {command}"),
    "sync_see_problems": QT_TRANSLATE_NOOP(
        "problems",
        "To see them with the way out: {command}"),
    "sync_new_identity": QT_TRANSLATE_NOOP(
        "problems",
        "This data folder was restored from a copy or copied from another laptop; it now "
        "syncs as a new device. Nothing was lost."),
    "sync_resent_one": QT_TRANSLATE_NOOP(
        "problems",
        "HQ had been restored from a backup; {count} record was sent again so HQ has them."),
    "sync_resent_many": QT_TRANSLATE_NOOP(
        "problems",
        "HQ had been restored from a backup; {count} records were sent again so HQ has them."),
    "sync_archived_one": QT_TRANSLATE_NOOP(
        "problems",
        "You were taken off the team of {count} mission; it is kept read-only (list: "
        "{command})."),
    "sync_archived_many": QT_TRANSLATE_NOOP(
        "problems",
        "You were taken off the team of {count} missions; they are kept read-only (list: "
        "{command})."),
    "sync_nothing_to_settle": QT_TRANSLATE_NOOP(
        "problems",
        "Nothing to settle: no conflicts, nothing refused by HQ, nothing waiting."),
    "sync_conflicts_heading": QT_TRANSLATE_NOOP(
        "problems",
        "Conflicts ({count}): settle them in the app, Sync → Sync inbox."),
    "sync_conflict_values": QT_TRANSLATE_NOOP(
        "problems",
        "{what}: yours {mine}; HQ's {theirs}"),
    "sync_edited_while_deleted": QT_TRANSLATE_NOOP(
        "problems",
        "edited at HQ while you deleted it"),
    "sync_deleted_while_edited": QT_TRANSLATE_NOOP(
        "problems",
        "deleted at HQ while you edited it"),
    "sync_word_deleted": QT_TRANSLATE_NOOP(
        "problems",
        "deleted"),
    "sync_word_edited": QT_TRANSLATE_NOOP(
        "problems",
        "edited"),
    "sync_value_empty": QT_TRANSLATE_NOOP(
        "problems",
        "(empty)"),
    "sync_refused_heading": QT_TRANSLATE_NOOP(
        "problems",
        "Refused by HQ ({count}):"),
    "sync_reason": QT_TRANSLATE_NOOP(
        "problems",
        "reason: {reason}"),
    "sync_what_to_do": QT_TRANSLATE_NOOP(
        "problems",
        "what to do: {advice}"),
    "sync_take_back": QT_TRANSLATE_NOOP(
        "problems",
        "to take HQ's version back: {command}"),
    "sync_waiting_heading": QT_TRANSLATE_NOOP(
        "problems",
        "Waiting from HQ ({count}):"),
    "sync_why": QT_TRANSLATE_NOOP(
        "problems",
        "why: {reason}"),
    "sync_way_out": QT_TRANSLATE_NOOP(
        "problems",
        "way out: {how}"),
    "sync_discard_failed": QT_TRANSLATE_NOOP(
        "problems",
        "{prog}: sync discard: {message}"),
    "sync_discarded": QT_TRANSLATE_NOOP(
        "problems",
        "Discarded this laptop's change of {kind} {id}: it holds HQ's version again."),
    "sync_no_archived": QT_TRANSLATE_NOOP(
        "problems",
        "No archived missions: you are on the team of every mission here."),
    "sync_archived_row": QT_TRANSLATE_NOOP(
        "problems",
        "{code}  {title}  archived {day}"),
    "sync_archived_count_one": QT_TRANSLATE_NOOP(
        "problems",
        "{count} archived mission (read-only, out of the mission list)"),
    "sync_archived_count_many": QT_TRANSLATE_NOOP(
        "problems",
        "{count} archived missions (read-only, out of the mission list)"),
    "sync_status_who": QT_TRANSLATE_NOOP(
        "problems",
        "HQ: {server}  user: {user}  signed in: {signed_in}"),
    "sync_not_set": QT_TRANSLATE_NOOP(
        "problems",
        "(not set)"),
    "sync_yes": QT_TRANSLATE_NOOP(
        "problems",
        "yes"),
    "sync_no": QT_TRANSLATE_NOOP(
        "problems",
        "no"),
    "sync_status_counts": QT_TRANSLATE_NOOP(
        "problems",
        "unsent changes: {pending}  conflicts: {conflicts}  refused: {refused}  waiting: "
        "{waiting}"),
    "sync_last": QT_TRANSLATE_NOOP(
        "problems",
        "last sync: {when}"),
    "sync_last_error": QT_TRANSLATE_NOOP(
        "problems",
        "last sync: {when} ({state}: {message})"),
    "sync_never": QT_TRANSLATE_NOOP(
        "problems",
        "never"),
    "sync_progress_push": QT_TRANSLATE_NOOP(
        "problems",
        "push: {count}"),
    "sync_progress_pull": QT_TRANSLATE_NOOP(
        "problems",
        "pull: {count}"),
    "sync_progress_send_files": QT_TRANSLATE_NOOP(
        "problems",
        "send files: {count}"),
    "sync_progress_receive_files": QT_TRANSLATE_NOOP(
        "problems",
        "receive files: {count}"),
}


def _translate(english: str) -> str:
    return QCoreApplication.translate(CONTEXT, english)


def message_text(message: object) -> str:
    """A message (coded, or a plain one stored earlier) in the interface language."""
    return coded.render(message, _translate)


def error_text(error: BaseException) -> str:
    """What ``error`` says, in the interface language (each problem of a validation error,
    joined)."""
    return coded.error_text(error, _translate)


def problem_text(problem: FieldProblem) -> str:
    """``problem`` in the interface language."""
    if getattr(problem.message, "code", "") or problem.code not in TEXTS:
        return message_text(problem.message)
    return coded.render(coded.Coded(problem.code, problem.values), _translate)


def problem_texts(problems: list[FieldProblem]) -> list[str]:
    return [problem_text(p) for p in problems]
