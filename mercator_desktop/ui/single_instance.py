"""One app per data folder: a second start brings the running window forward instead.

Two windows on one data folder would each show (and save over) what the other changed. The
first app listens on a local socket whose name is derived from the data folder's resolved
path; a second start on the same folder connects, says ``activate`` and exits. A socket left
behind by a crashed app answers no one: it is removed and the new app listens in its place.
The command line does not take part (its commands are short and wait for their turn to
write, see ``storage.writes``).

Where the system has Unix domain sockets (Linux, macOS) they are Python's own ``socket``,
watched by a ``QSocketNotifier``, at the path ``QLocalServer`` would use
(``QDir.tempPath()``/name, readable and writable by the user only), so either end may be
Qt's. QtNetwork is loaded only where there are none (Windows: a named pipe through
``QLocalServer``): on Linux it brought 3 MiB of libraries (Kerberos, OpenSSL's users) into
every start for this one socket.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import socket
import stat
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_MS = 1000
#: the Unix domain sockets of Python's ``socket`` (not on Windows)
UNIX_SOCKETS = hasattr(socket, "AF_UNIX")


def server_name(data_dir: Path) -> str:
    """The socket name of ``data_dir``: the same folder however it is spelled, per user."""
    resolved = os.path.normcase(str(Path(data_dir).resolve()))
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:24]
    return f"mercator-desktop-{digest}"


def socket_path(name: str) -> str:
    """Where a Unix domain socket named ``name`` lives (as ``QLocalServer`` places it)."""
    return os.path.join(QDir.cleanPath(QDir.tempPath()), name)


def ask_running_app(data_dir: Path) -> bool:
    """True when an app already has ``data_dir`` open; it was asked to come forward."""
    name = server_name(data_dir)
    if not UNIX_SOCKETS:
        return _ask_with_qt(name)
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(CONNECT_MS / 1000)
    try:
        client.connect(socket_path(name))
        client.sendall(ACTIVATE)
    except OSError:  # nobody listens (no file, or a crashed app's), or it did not answer
        return False
    finally:
        client.close()
    return True


def _ask_with_qt(name: str) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    client = QLocalSocket()
    client.connectToServer(name)
    if not client.waitForConnected(CONNECT_MS):
        return False
    client.write(ACTIVATE)
    client.flush()
    client.waitForBytesWritten(CONNECT_MS)
    client.disconnectFromServer()
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
    server.remove_leftover()
    if not server.listen():
        log.warning("cannot listen for other starts on %s: %s", server.name,
                    server.error)
    return server


class InstanceServer(QObject):
    """Listens for later starts on the same data folder; ``activation_requested`` when one
    asks for the window."""

    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.error = ""
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[int, tuple[socket.socket, QSocketNotifier, bytearray]] = {}
        self._qt_server: Any = None  # QLocalServer, where there are no Unix sockets

    def listen(self) -> bool:
        if not UNIX_SOCKETS:
            return self._listen_with_qt()
        path = socket_path(self.name)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(path)
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)  # this user's starts only
            listener.listen(5)
        except OSError as exc:
            listener.close()
            self.error = str(exc)
            return False
        listener.setblocking(False)
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_listener_activated)
        return True

    def remove_leftover(self) -> None:
        """Remove the socket a crashed app left behind under this name."""
        if not UNIX_SOCKETS:
            from PySide6.QtNetwork import QLocalServer

            QLocalServer.removeServer(self.name)
            return
        path = socket_path(self.name)
        with contextlib.suppress(OSError):
            if stat.S_ISSOCK(os.lstat(path).st_mode):
                os.unlink(path)

    def close(self) -> None:
        if self._qt_server is not None:
            self._qt_server.close()
        for connection, notifier, _ in list(self._clients.values()):
            self._drop(connection, notifier)
        if self._listener is None:
            return
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self._listener.close()
        self._listener = None
        with contextlib.suppress(OSError):
            os.unlink(socket_path(self.name))

    def _on_listener_activated(self, *_args: object) -> None:
        if self._listener is None:
            return
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:  # none waiting any more (BlockingIOError) or the socket closed
                return
            connection.setblocking(False)
            fd = connection.fileno()
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._clients[fd] = (connection, notifier, bytearray())
            notifier.activated.connect(lambda *_a, fd=fd: self._on_client_activated(fd))

    def _on_client_activated(self, fd: int) -> None:
        entry = self._clients.get(fd)
        if entry is None:
            return
        connection, notifier, received = entry
        try:
            data = connection.recv(64)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        received += data
        if ACTIVATE in received:
            self._activate()
        if not data or b"\n" in received or len(received) > 64:  # said its line, or gone
            self._drop(connection, notifier)

    def _drop(self, connection: socket.socket, notifier: QSocketNotifier) -> None:
        self._clients.pop(connection.fileno(), None)
        notifier.setEnabled(False)
        notifier.deleteLater()
        connection.close()

    def _activate(self) -> None:
        log.info("another start on this data folder: bringing the window forward")
        self.activation_requested.emit()

    # --- where there are no Unix domain sockets: QLocalServer -----------------------------

    def _listen_with_qt(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        if self._qt_server is None:
            self._qt_server = QLocalServer(self)
            self._qt_server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self._qt_server.newConnection.connect(self._on_qt_new_connection)
        listening = bool(self._qt_server.listen(self.name))
        if not listening:
            self.error = self._qt_server.errorString()
        return listening

    def _on_qt_new_connection(self) -> None:
        while self._qt_server.hasPendingConnections():
            client = self._qt_server.nextPendingConnection()
            client.readyRead.connect(lambda c=client: self._on_qt_ready_read(c))
            client.disconnected.connect(client.deleteLater)
            if client.bytesAvailable():
                self._on_qt_ready_read(client)

    def _on_qt_ready_read(self, client: Any) -> None:
        if bytes(client.readAll().data()).strip() == ACTIVATE.strip():
            self._activate()
