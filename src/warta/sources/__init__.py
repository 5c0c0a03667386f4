"""Sources turn files, records and pages into ``Record``s for the pipeline, or ``Failure``s with a reason."""

from .files import Failure, read_inputs, read_path, read_text_bytes

__all__ = ["Failure", "read_inputs", "read_path", "read_text_bytes"]
