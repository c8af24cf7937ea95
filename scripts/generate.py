"""Regenerate the client packages from openapi.yaml.

Steps: bundle the split spec into one document with Redocly CLI, run openapi-python-client
over it (with the templates in templates/), then run datamodel-code-generator over it for the
pydantic models that the fake server uses. Writes into the folder given by --output
(generated/ by default); the drift check passes a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RAW_PACKAGE = "webwork_tracker_api"
SPEC_MODELS = "spec_models.py"


def node_env() -> dict[str, str]:
    """Return the environment for Node tools, with telemetry and update checks off."""
    env = dict(os.environ)
    env["REDOCLY_TELEMETRY"] = "off"
    env["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true"
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def run(command: list[str], cwd: Path = ROOT) -> None:
    """Run a command and stop with its output when it fails."""
    result = subprocess.run(command, cwd=cwd, env=node_env(), capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed: {' '.join(command)} (exit {result.returncode})")


def bundle(target: Path) -> None:
    """Bundle openapi.yaml and the files it references into one document at target."""
    redocly = ROOT / "node_modules" / ".bin" / "redocly"
    if not redocly.exists():
        raise SystemExit("Redocly CLI is missing: run `make setup` (it runs `npm ci`).")
    run([str(redocly), "bundle", "openapi.yaml", "--output", str(target)])


def copy_package_modules(raw: Path) -> None:
    """Copy the hand-written modules of templates/package/ into the generated package.

    openapi-python-client renders only a fixed set of files, and the decoding helpers that every
    model imports must live inside the generated package: importing them from webwork_tracker would
    be circular, because webwork_tracker imports the generated package.
    """
    for module in sorted((ROOT / "templates" / "package").glob("*.py")):
        shutil.copyfile(module, raw / module.name)


def generate(output: Path) -> None:
    """Write both generated packages into output."""
    with tempfile.TemporaryDirectory() as work:
        spec = Path(work) / "openapi.yaml"
        bundle(spec)

        raw = output / RAW_PACKAGE
        run([
            str(BIN / "openapi-python-client"), "generate",
            "--path", str(spec),
            "--meta", "none",
            "--output-path", str(raw),
            "--overwrite",
            "--config", str(ROOT / "generator-config.yml"),
            "--custom-template-path", str(ROOT / "templates"),
        ])
        (raw / "py.typed").write_text("# Marker file for PEP 561\n")
        copy_package_modules(raw)

        run([
            str(BIN / "datamodel-codegen"),
            "--input", spec.name,
            "--input-file-type", "openapi",
            "--output", str(output / SPEC_MODELS),
            "--output-model-type", "pydantic_v2.BaseModel",
            "--target-python-version", "3.11",
            "--disable-timestamp",
            "--use-standard-collections",
            "--use-union-operator",
            "--field-constraints",
            "--use-annotated",
            "--enum-field-as-literal", "all",
            "--allow-extra-fields",
        ], cwd=Path(work))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "generated", help="folder to write into")
    arguments = parser.parse_args()

    output = arguments.output.resolve()
    output.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(output / RAW_PACKAGE, ignore_errors=True)
    generate(output)
    print(f"generated {output / RAW_PACKAGE} and {output / SPEC_MODELS}")


if __name__ == "__main__":
    main()
