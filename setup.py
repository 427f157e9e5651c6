"""Packages, and a build hook that ships sql/, expectations/ and the bundled data inside the wheel as tariffscope/_resources.

The project keeps these folders at the top level (that is where people edit them); an installed wheel has
no project folder, so the build copies them under the package, where `tariffscope.settings` finds them
with importlib.resources. Editable installs read the project folders directly and skip the copy.

The Prefect layer's code lives in the flows/ folder and is installed as the package `tariffscope_flows`
(package_dir maps the one onto the other): site-packages gets no top-level `flows` of ours.
"""
import shutil
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# project folder -> path under tariffscope/_resources (data/inbox is a local drop folder: not shipped)
RESOURCES = ("sql", "expectations", "data/reference", "data/articles", "data/trade", "data/tariffs",
             "data/README.md")


class BuildWithResources(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "tariffscope" / "_resources"
        for name in RESOURCES:
            src, dst = ROOT / name, target / name
            if src.is_dir():
                shutil.copytree(src, dst, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dst)


FLOW_PACKAGE = "tariffscope_flows"  # installed name of the flows/ folder

setup(packages=find_packages(include=["tariffscope", "tariffscope.*"]) + [FLOW_PACKAGE],
      package_dir={FLOW_PACKAGE: "flows"},
      cmdclass={"build_py": BuildWithResources})
