"""The sections of the mission editor, one widget each (Overview, Links, Team, Agenda,
Participants, Logistics), and the one table of its plain fields (``fields``).

Every section offers the same few things to the window that hosts it (``ui.mission_editor``):
``state()``/``set_state()`` for undo, ``load()`` from a stored mission, ``targets()`` (where
each problem is shown and which widget takes the focus), and its own ``edited`` signal.

The window's own work is split by what it does: ``saving`` (Save), ``problems`` (messages
beside the fields), ``conflicts`` (changes made elsewhere meanwhile), ``report`` (Export
report…) and ``undo`` (the one history); the window keeps its chrome.
"""
