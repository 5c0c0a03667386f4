"""Build step: the pipeline's modules are also compiled into C extension modules by Cython, as they are written.

The same Python files run as compiled code: the output is identical and analysis is about a fifth faster (the
benchmark's ratio to the tokenizer, alternated runs on 2026-11-26: 0.22-0.23x as Python, 0.26-0.28x compiled).
A module may have C types in a ``.pxd`` beside it (``components/ner_crf.pxd`` and five more), which cythonize reads.
Compiled, an annotation of a builtin type is a contract, checked exactly (CONTRIBUTING.md says what raises).
An editable install (``pip install -e``) and ``WARTA_PURE_PYTHON=1`` skip the compilation, so that an edited
module takes effect at once; without a C compiler the build warns and the package runs as plain Python (the
extensions are optional); a module Cython cannot translate is installed as Python, the others compiled.
"""

import os
import sys
from glob import glob

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

FILES = sorted([f for f in glob("src/warta/components/*.py") if not f.endswith("__init__.py")]
               + ["src/warta/pipeline.py", "src/warta/kb/base.py"])


class CythonBuildExt(build_ext):
    """Translates the modules to C when the extensions are built, not each time pip only reads the metadata."""

    def finalize_options(self) -> None:
        from Cython.Build import cythonize

        jobs = os.cpu_count() or 1

        def translate(extensions: list) -> list:
            return cythonize(
                extensions, build_dir="build/cython", nthreads=jobs, language_level=3, quiet=True,
                # a parameter or variable annotated with a builtin type (str, list, dict, set, tuple...) is typed as
                # it, so its methods and indexing are direct C calls (about 5% fewer instructions over the pipeline);
                # functions keep their signatures and docstrings
                compiler_directives={"annotation_typing": True, "binding": True},
            )

        try:
            modules = translate(self.distribution.ext_modules)
        except Exception:  # noqa: BLE001 - one module Cython cannot translate stays Python; the others compile
            modules = []
            for extension in self.distribution.ext_modules:
                try:
                    modules += translate([extension])
                except Exception as error:  # noqa: BLE001
                    print(f"warning: Cython could not translate {extension.name} ({error}); it is installed as Python")
        for module in modules:
            module.optional = True  # cythonize does not carry it over
        self.distribution.ext_modules = modules
        self.parallel = self.parallel or jobs
        super().finalize_options()


pure = os.environ.get("WARTA_PURE_PYTHON") == "1" or "editable_wheel" in sys.argv
setup(
    cmdclass={} if pure else {"build_ext": CythonBuildExt},
    ext_modules=[] if pure else [Extension(f[4:-3].replace("/", "."), [f]) for f in FILES],
)
