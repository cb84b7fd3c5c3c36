@echo off
rem Benchlens launcher for Windows, as ./benchlens is for Linux and macOS: finds a JDK 25, builds what is out of date
rem through the Maven wrapper, and starts dev.benchlens.app.Main, which dispatches every command and holds the usage
rem text ('benchlens help'). Only 'test' and 'package', which need the sources, are run here. Class paths use
rem Windows' separator (;), which Maven writes in classpath.txt.
setlocal EnableExtensions EnableDelayedExpansion

set "root=%~dp0"
if "%root:~-1%"=="\" set "root=%root:~0,-1%"
set required=25

call :find_jdk
if not defined jdk (
  echo benchlens: no JDK %required% or newer found ^(looked at JAVA_HOME, Program Files' Adoptium, Java and Microsoft folders, and .jdks^); install one with 'winget install EclipseAdoptium.Temurin.%required%.JDK', or set JAVA_HOME. 1>&2
  exit /b 2
)
set "JAVA_HOME=%jdk%"

if defined BENCHLENS_MAVEN_REPO (set "repo=%BENCHLENS_MAVEN_REPO%") else (set "repo=%USERPROFILE%\.m2\repository")

set "command=%~1"
if "%command%"=="test" (
  call :rest %*
  call "%root%\mvnw.cmd" -B -f "%root%\pom.xml" verify !rest!
  exit /b !errorlevel!
)
set "rest=%*"
if "%command%"=="package" (
  if "%~2"=="-h" set "rest=help package"
  if "%~2"=="--help" set "rest=help package"
  if "!rest!"=="help package" set "command=help"
)
if "!command!"=="package" (
  call :rest %*
  call :mvnw -DskipTests install 1>&2 || exit /b 2
  "%JAVA_HOME%\bin\java" "%root%\packaging\Package.java" "%root%" !rest!
  exit /b !errorlevel!
)

rem Every other command, help and the usage text are app.Main's, started with the command's JVM flags from
rem app\jvm-flags ("every" and the command's own line, "batch" when it has none), as ./benchlens does.
call :ensure_built || exit /b 2
set "flagname=%command%"
if "%flagname%"=="" set "flagname=batch"
findstr /b /l /c:"%flagname%:" "%root%\app\jvm-flags" >nul 2>&1 || set "flagname=batch"
set "flags="
for /f "usebackq tokens=1* delims=:" %%a in (`findstr /b /l /c:"every:" /c:"!flagname!:" "%root%\app\jvm-flags"`) do set "flags=!flags! %%b"
rem The class path goes through the CLASSPATH variable, which may be far longer than a command line.
set "CLASSPATH="
for /f "usebackq delims=" %%c in ("%root%\app\target\classpath.txt") do set "CLASSPATH=%%c"
set "CLASSPATH=%root%\app\target\classes;%CLASSPATH%"
"%JAVA_HOME%\bin\java" !flags! "-Dbenchlens.samples=%root%\sample-results" dev.benchlens.app.Main !rest!
exit /b %errorlevel%

rem Everything after the command, in "rest".
:rest
set "rest="
shift
:rest_loop
if "%~1"=="" exit /b 0
set "rest=!rest! %1"
shift
goto rest_loop

:mvnw
call "%root%\mvnw.cmd" -B -q -f "%root%\pom.xml" "-Dmaven.repo.local=%repo%" %*
exit /b %errorlevel%

rem A JDK whose release file says 25 or later: JAVA_HOME first, then the usual installer folders.
:find_jdk
set "jdk="
for %%d in ("%JAVA_HOME%") do call :try_jdk "%%~d"
if defined jdk exit /b 0
for /d %%d in ("%ProgramFiles%\Eclipse Adoptium\jdk-*" "%ProgramFiles%\Java\jdk-*" "%ProgramFiles%\Microsoft\jdk-*" "%USERPROFILE%\.jdks\*") do (
  if not defined jdk call :try_jdk "%%~d"
)
exit /b 0

:try_jdk
if "%~1"=="" exit /b 0
if not exist "%~1\bin\javac.exe" exit /b 0
if not exist "%~1\release" exit /b 0
set "major=0"
for /f "tokens=2 delims==." %%v in ('findstr /b "JAVA_VERSION=" "%~1\release"') do set "major=%%~v"
set "major=!major:"=!"
if !major! geq %required% set "jdk=%~1"
exit /b 0

rem Builds when there is no build yet, when it was made at another path or against another Maven repository (the
rem class path files name both), or when a pom or a main source is newer than it, as ./benchlens does.
:ensure_built
set "stamp=%root%\target\.benchlens-built"
set "identity=root=%root% repo=%repo%"
set "built="
if exist "%stamp%" set /p built=<"%stamp%"
if "!built!"=="!identity!" (
  powershell -NoProfile -Command "$s=(Get-Item -LiteralPath '%stamp%').LastWriteTime; $f=Get-ChildItem -LiteralPath '%root%\pom.xml','%root%\core\pom.xml','%root%\bench\pom.xml','%root%\viewer\pom.xml','%root%\core\src\main','%root%\bench\src\main','%root%\viewer\src\main','%root%\app\pom.xml','%root%\app\src\main' -Recurse -File | Where-Object { $_.LastWriteTime -gt $s } | Select-Object -First 1; if ($f) { exit 1 }"
  if not errorlevel 1 exit /b 0
)
echo benchlens: building (first use, sources changed, or another path)... 1>&2
call :mvnw -DskipTests -Dspotless.check.skip=true install 1>&2 || (echo benchlens: the build failed ^(Maven's errors above^) 1>&2 & exit /b 2)
if not exist "%root%\target" mkdir "%root%\target"
> "%stamp%" echo !identity!
exit /b 0
