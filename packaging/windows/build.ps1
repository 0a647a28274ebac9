# Build the Windows installer: the frozen folder (packaging\briefing-book.spec), the smoke
# test on it, then Inno Setup. Run from anywhere with Python 3.11 on the PATH:
#   pwsh packaging\windows\build.ps1
# Needs Inno Setup 6 (ISCC.exe; `choco install innosetup`). CI: .github/workflows/dist.yml.
# Not run on the project's own machines (Linux).
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")
python -m venv .venv-win
$py = ".venv-win\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q -e ".[gui,test,dist]"
if ($LASTEXITCODE) { throw "pip install failed" }
& $py packaging\icons.py --no-render --ico build\icons\briefing-book.ico --icns build\icons\briefing-book.icns
& $py -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\briefing-book.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
& $py packaging\smoke_test.py dist\briefing-book\briefing-book.exe dist\briefing-book\briefing.exe --source-cli .venv-win\Scripts\briefing.exe
if ($LASTEXITCODE) { throw "the smoke test failed" }
$version = & $py -c "from briefing.about import app_version; print(app_version())"
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\briefing-book.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
