"""One app per data folder: a second start brings the running window forward instead.

Two windows on one data folder would each show (and save over) what the other changed. The
first app listens on a local socket whose name is derived from the data folder's resolved
path; a second start on the same folder connects, says ``activate`` and exits. A socket left
behind by a crashed app answers no one: it is removed and the new app listens in its place.
The command line does not take part (its commands are short and wait for their turn to
write, see ``storage.writes``).
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_MS = 1000


def server_name(data_dir: Path) -> str:
    """The socket name of ``data_dir``: the same folder however it is spelled, per user."""
    resolved = os.path.normcase(str(Path(data_dir).resolve()))
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:24]
    return f"mercator-desktop-{digest}"


def ask_running_app(data_dir: Path) -> bool:
    """True when an app already has ``data_dir`` open; it was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(ACTIVATE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


def claim_data_folder(data_dir: Path, parent: QObject | None = None) -> InstanceServer | None:
    """Listen for later starts on ``data_dir``; None when an app already has it open (it was
    asked to come forward)."""
    if ask_running_app(data_dir):
        return None
    server = InstanceServer(server_name(data_dir), parent)
    if server.listen():
        return server
    if ask_running_app(data_dir):  # started at the same moment as this one
        server.deleteLater()
        return None
    # Nobody answers on the name: a crashed app's leftover socket.
    QLocalServer.removeServer(server_name(data_dir))
    if not server.listen():
        log.warning("cannot listen for other starts on %s: %s", server_name(data_dir),
                    server.server.errorString())
    return server


class InstanceServer(QObject):
    """Listens for later starts on the same data folder; ``activation_requested`` when one
    asks for the window."""

    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _on_server_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).strip() == ACTIVATE.strip():
            log.info("another start on this data folder: bringing the window forward")
            self.activation_requested.emit()
