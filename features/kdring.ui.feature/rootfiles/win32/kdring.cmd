@echo off
rem Starts the kdring workbench from this folder: finds a Java runtime >= 21 and runs the Equinox launcher.
rem Usage: kdring.cmd [workbench options...]
rem JAVA_HOME, then .\runtime (if present), then java on PATH, then the usual install folders are tried.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\javaw.exe" call :try "%JAVA_HOME%\bin\javaw.exe"
if not defined JAVA if exist "%HERE%runtime\bin\javaw.exe" call :try "%HERE%runtime\bin\javaw.exe"
if not defined JAVA for %%J in (javaw.exe) do if not "%%~$PATH:J"=="" call :try "%%~$PATH:J"
if not defined JAVA for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\*") do if not defined JAVA if exist "%%~D\bin\javaw.exe" call :try "%%~D\bin\javaw.exe"
if not defined JAVA (
  echo kdring: no Java runtime 21 or newer found ^(looked at JAVA_HOME, %HERE%runtime, PATH and Program Files^).
  echo kdring: install a Java 21+ runtime, e.g. Eclipse Temurin 21 JRE, or set JAVA_HOME.
  exit /b 1
)
set "LAUNCHER="
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo kdring: no Equinox launcher in %HERE%plugins: is this an unpacked kdring workbench?
  exit /b 1
)
cd /d "%HERE%"
start "kdring" "%JAVA%" -Dkdring.root="%HERE:~0,-1%" -jar "%LAUNCHER%" %*
exit /b 0

:try
rem accepts %1 when "java -version" reports a feature version of 21 or more
set "CANDIDATE=%~1"
set "JAVAEXE=%~dp1java.exe"
set "VER="
set "MAJOR="
for /f "tokens=3" %%V in ('""%JAVAEXE%" -version 2>&1 ^| findstr /i "version""') do set "VER=%%~V"
for /f "delims=." %%M in ("!VER!") do set "MAJOR=%%M"
if defined MAJOR if !MAJOR! GEQ 21 set "JAVA=%CANDIDATE%"
exit /b 0
