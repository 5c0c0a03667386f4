"""The compiled build types what is annotated with a builtin type (setup.py: ``annotation_typing``), and checks it
exactly: a tuple passed where ``list`` is written, a frozenset for ``set``, None for ``str`` or a NamedTuple for
``tuple`` raises TypeError there, while plain Python runs on. Watched through the profiler as the dev and held-out
articles are analysed as Python, every argument and return value of the compiled modules must be what its
annotation says, as Cython would check it. A module typed by a ``.pxd`` beside it instead (its first line turns
annotation typing off) is held to the ``.pxd``'s signatures, where a builtin type also lets None through. (On the
compiled build the whole suite runs the checks themselves.)"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from warta.components import ner_crf
from warta.eval.gold import load_gold_dir

_EXACT = {kind.__name__: kind for kind in (str, bytes, bytearray, list, dict, set, frozenset, tuple)}


def _check(annotation: str):
    """What Cython makes of ``annotation``: a test of a value (None when it types nothing)."""
    node = ast.parse(annotation, mode="eval").body
    optional = False
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        sides = [node.left, node.right]
        nones = [s for s in sides if isinstance(s, ast.Constant) and s.value is None]
        if len(nones) != 1:
            return None  # a union of two types is an object
        optional, node = True, next(s for s in sides if s not in nones)
    if isinstance(node, ast.Subscript):
        node = node.value
    name = node.id if isinstance(node, ast.Name) else None
    if name in _EXACT:
        kind = _EXACT[name]
        return lambda v: type(v) is kind or (v is None and optional)
    if name == "int":
        return lambda v: isinstance(v, int) or (v is None and optional)
    if name == "float":
        return lambda v: isinstance(v, (int, float)) or (v is None and optional)
    return None  # bool is C truth, converted from anything; other names are objects


def _pxd_check(declared: str):
    """What Cython makes of a type in a ``.pxd`` signature (``list``, ``Py_ssize_t``...): a test of a value."""
    kind = _EXACT.get(declared)
    if kind is not None:
        return lambda v: type(v) is kind or v is None
    if declared == "Py_ssize_t":
        return lambda v: isinstance(v, int)
    return None  # bint is C truth; memoryviews, object and the rest are not checked here


def _pxd_signatures(module) -> dict:
    """Function name -> (parameter tests, return test, declared types) from the ``.pxd`` beside ``module``."""
    pxd = Path(module.__file__).with_suffix(".pxd")
    found = {}
    for back, name, params in re.findall(r"^c(?:p)?def (\w+) (\w+)\(([^)]*)\)", pxd.read_text(), re.M):
        notes = {p.split()[-1].removesuffix("=*"): " ".join(p.split()[:-1]) for p in params.split(",")}
        tests = {k: t for k, v in notes.items() if (t := _pxd_check(v))}
        found[name] = (tests, _pxd_check(back), {**notes, "return": back})
    assert found, f"{pxd.name} declares no function"
    return found


def _compiled_modules() -> list[tuple]:
    """The modules setup.py compiles, each with whether its annotations are its C types (else a .pxd gives them)."""
    components = importlib.import_module("warta.components").__path__
    names = ["warta.pipeline", "warta.kb.base"] + [f"warta.components.{m.name}"
                                                   for m in pkgutil.iter_modules(components)]
    modules = [importlib.import_module(n) for n in names]
    return [(m, "annotation_typing=False" not in Path(m.__file__).read_text().split("\n", 1)[0]) for m in modules]


def _functions(module) -> list:
    found, seen = [], set()
    stack = list(vars(module).values())
    while stack:
        obj = stack.pop()
        if isinstance(obj, (staticmethod, classmethod)):
            obj = obj.__func__
        if isinstance(obj, property):
            stack += [obj.fget, obj.fset]
            continue
        obj = inspect.unwrap(obj) if callable(obj) else obj
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if inspect.isfunction(obj) and obj.__code__.co_filename == module.__file__:  # not made by dataclass
            found.append(obj)
        elif inspect.isclass(obj) and obj.__module__ == module.__name__:
            stack += list(vars(obj).values())
    return found


def _watch_list() -> dict:
    watched = {}
    for module, annotated in _compiled_modules():
        if not annotated:
            declared = _pxd_signatures(module)
            for fn in _functions(module):
                if fn.__qualname__ in declared:  # the .pxd declares module-level functions
                    watched[fn.__code__] = (f"{module.__name__}.{fn.__qualname__}", *declared[fn.__name__])
            continue
        for fn in _functions(module):
            # *args and **kwargs: their annotation is each element's, which Cython does not check
            packed = {p.name for p in inspect.signature(fn).parameters.values()
                      if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)}
            notes = {k: v for k, v in fn.__annotations__.items() if isinstance(v, str) and k not in packed}
            params = {k: t for k, v in notes.items() if k != "return" and (t := _check(v))}
            back = _check(notes["return"]) if "return" in notes else None
            if params or back:
                watched[fn.__code__] = (f"{module.__name__}.{fn.__qualname__}", params, back, notes)
    return watched


@pytest.mark.skipif(ner_crf.COMPILED, reason="compiled, the suite runs Cython's own checks; the profiler sees none")
def test_arguments_and_results_are_what_their_annotations_say(pipeline):
    watched = _watch_list()
    assert len(watched) > 300  # the modules' functions were found
    wrong: dict[str, str] = {}

    def watch(frame, event, arg) -> None:
        entry = watched.get(frame.f_code)
        if entry is None:
            return
        name, params, back, notes = entry
        if event == "call":
            values = frame.f_locals
            for param, test in params.items():
                if param in values and not test(values[param]):
                    wrong.setdefault(f"{name}({param}: {notes[param]})", type(values[param]).__name__)
        elif event == "return" and back is not None and arg is not None and not back(arg):
            wrong.setdefault(f"{name} -> {notes['return']}", type(arg).__name__)

    articles = [g for folder in ("dev", "heldout") for g in load_gold_dir(ROOT / "eval" / folder)]
    sys.setprofile(watch)
    try:
        for gold in articles:
            pipeline.analyze(gold.text, published=gold.published, id=gold.id)
    finally:
        sys.setprofile(None)
    assert not wrong, "\n".join(f"{where} was given {got}" for where, got in sorted(wrong.items()))
