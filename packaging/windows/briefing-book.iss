; Inno Setup script: the Windows installer of Briefing Book from dist\briefing-book (the
; PyInstaller folder of packaging\briefing-book.spec). Built by packaging\windows\build.ps1:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\briefing-book.iss
; Installs for the current user (no administrator needed) or for all users, adds the Start
; menu entry, the .briefing file type (double-click opens it) and, if chosen, the briefing
; command on the PATH. Settings and data live in the user's folders, never in {app}.
; Not run on the project's own machines (Linux): CI builds it (.github/workflows/dist.yml).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z
#endif

[Setup]
AppId={{6F3B2B1E-5B0C-4B7E-9C49-2E4B8E1B7A51}
AppName=Briefing Book
AppVersion={#AppVersion}
AppVerName=Briefing Book {#AppVersion}
AppPublisher=Briefing Book contributors
DefaultDirName={autopf}\Briefing Book
DefaultGroupName=Briefing Book
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=briefing-book-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\briefing-book.ico
UninstallDisplayIcon={app}\briefing-book.exe
Compression=lzma2/max
SolidCompression=yes
ChangesAssociations=yes
ChangesEnvironment=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the briefing command to the PATH"; Flags: unchecked

[Files]
Source: "..\..\dist\briefing-book\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Briefing Book"; Filename: "{app}\briefing-book.exe"
Name: "{autodesktop}\Briefing Book"; Filename: "{app}\briefing-book.exe"; Tasks: desktopicon

[Registry]
; the .briefing type; HKA is HKCU for a per-user install, HKLM for all users
Root: HKA; Subkey: "Software\Classes\.briefing"; ValueType: string; ValueName: ""; ValueData: "BriefingBook.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.briefing\OpenWithProgids"; ValueType: string; ValueName: "BriefingBook.Workspace"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\BriefingBook.Workspace"; ValueType: string; ValueName: ""; ValueData: "Briefing Book Workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\BriefingBook.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\briefing-book.exe,0"
Root: HKA; Subkey: "Software\Classes\BriefingBook.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\briefing-book.exe"" ""%1"""
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\briefing-book.exe"; Description: "{cm:LaunchProgram,Briefing Book}"; Flags: nowait postinstall skipifsilent

[Code]
function NotOnPath(Folder: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
    Current := '';
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
