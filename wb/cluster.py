"""Run work on a Dask cluster (optional extra ``wb[cluster]``: dask + distributed).

``cluster`` is one of:

* ``"tcp://host:port"`` (or any address ``distributed.Client`` accepts): an existing scheduler,
  e.g. started by ``dask-jobqueue`` on a SLURM cluster or by ``dask scheduler``;
* ``"local"``: a ``LocalCluster`` on 127.0.0.1 with ``workers`` worker processes, started for
  the run and stopped afterwards;
* a ``distributed.Client`` object (a notebook's own client; it is left open).

Workers should have a memory limit, so that Dask spills data held between tasks to disk
instead of growing: the local cluster gets :func:`local_memory_limit`; on a cluster of your
own set it on the workers (``dask worker ADDRESS --memory-limit 4GB``, or ``memory=`` of a
``dask-jobqueue`` cluster).

Nothing here is a scheduler of its own: the work is a Dask graph that Dask schedules, retries
when a worker dies, and shows on its dashboard.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from wb.errors import ClusterError

CONNECT_TIMEOUT = 5  # seconds; an unreachable scheduler fails well within 10 s
LOCAL_MEMORY_LIMIT = 3 * 2**30  # bytes per worker of a local cluster, at most


def local_memory_limit(workers: int) -> int:
    """Memory limit per worker of a local cluster: 3 GiB, or the machine's share if less.

    With a limit Dask spills data held between tasks (shuffle output, intermediate results)
    to disk from 60% of it, instead of letting a worker grow (Dask's default limit is the
    whole machine's memory divided by the workers).
    """
    from distributed.system import MEMORY_LIMIT

    return int(min(LOCAL_MEMORY_LIMIT, MEMORY_LIMIT // max(workers, 1)))


def engine_record(client: Any) -> dict[str, Any]:
    """The ``engine`` entry of a JSON result: ``{"name": "dask", "workers": N}``."""
    try:
        info = client.scheduler_info(n_workers=-1)  # newer distributed lists 5 unless asked
    except TypeError:
        info = client.scheduler_info()
    return {"name": "dask", "workers": len(info["workers"])}


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ClusterError(
            "Dask is niet geïnstalleerd. Installeer de extra met: pip install 'wb[cluster]'."
        ) from None
    return distributed


@contextlib.contextmanager
def connect(
    cluster: Any, *, workers: int | None = None, timeout: float = CONNECT_TIMEOUT
) -> Iterator[Any]:
    """A ``distributed.Client`` for `cluster` (address, "local" or a Client); closed after."""
    distributed = _import_distributed()
    if isinstance(cluster, distributed.Client):
        yield cluster
        return
    if not isinstance(cluster, str) or not cluster.strip():
        raise ClusterError(
            "geef bij --cluster het adres van een Dask-scheduler (tcp://host:poort) of 'local'."
        )
    if cluster == "local":
        n = workers or 2
        if n < 1:
            raise ClusterError(f"--workers moet minstens 1 zijn (nu {n}).")
        with (
            distributed.LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                memory_limit=local_memory_limit(n),
                host="127.0.0.1",
                dashboard_address=":0",
            ) as local,
            distributed.Client(local) as client,
        ):
            yield client
        return
    if workers is not None:
        raise ClusterError(
            "--workers geldt alleen bij --cluster local; een bestaande cluster heeft zijn eigen "
            "workers."
        )
    try:
        client = distributed.Client(cluster, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(
            f"kan de Dask-scheduler op {cluster} niet bereiken ({type(exc).__name__}). "
            "Controleer het adres (tcp://host:poort) en of de scheduler draait."
        ) from None
    with client:
        yield client
