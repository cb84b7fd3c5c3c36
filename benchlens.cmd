@echo off
rem Benchlens launcher for Windows, as ./benchlens is for Linux and macOS: finds a JDK 25, builds what is out of date
rem through the Maven wrapper, and runs. Class paths use Windows' separator (;), which Maven writes in classpath.txt.
rem   benchlens view [FILES...] | run | ab | table | report | compare | check | history | fetch | test | package | help
setlocal EnableExtensions EnableDelayedExpansion

set "root=%~dp0"
if "%root:~-1%"=="\" set "root=%root:~0,-1%"
set required=25

call :find_jdk
if not defined jdk (
  echo benchlens: no JDK %required% or newer found ^(looked at JAVA_HOME, Program Files' Adoptium, Java and Microsoft folders, and .jdks^); install one with 'winget install EclipseAdoptium.Temurin.%required%.JDK', or set JAVA_HOME. 1>&2
  exit /b 1
)
set "JAVA_HOME=%jdk%"

if defined BENCHLENS_MAVEN_REPO (set "repo=%BENCHLENS_MAVEN_REPO%") else (set "repo=%USERPROFILE%\.m2\repository")

set "command=%~1"
if "%command%"=="" goto usage
if "%command%"=="-h" goto usage
if "%command%"=="--help" goto usage
if "%command%"=="help" (
  if "%~2"=="" goto usage
  if "%~2"=="test" (echo benchlens test [MAVEN ARGS...]: builds and runs every test ^(mvnw verify^) & exit /b 0)
  call "%~f0" %2 --help
  exit /b !errorlevel!
)
if "%command%"=="test" (
  call :rest %*
  call "%root%\mvnw.cmd" -B -f "%root%\pom.xml" verify !rest!
  exit /b !errorlevel!
)
if "%command%"=="package" (
  call :rest %*
  call :mvnw -DskipTests install 1>&2 || exit /b 1
  "%JAVA_HOME%\bin\java" "%root%\packaging\Package.java" "%root%" !rest!
  exit /b !errorlevel!
)
if "%command%"=="view" (
  call :ensure_built || exit /b 1
  call :rest %*
  if "!rest!"=="" set "rest="%root%\sample-results""
  rem C1 only and ZGC, as in ./benchlens: short bursts of work, and no long collector pauses (docs/performance.md).
  call :run_module viewer dev.benchlens.viewer.Launcher "--enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 -XX:+UseZGC"
  exit /b !errorlevel!
)
if "%command%"=="run" (
  call :ensure_built || exit /b 1
  call :rest %*
  call :run_module bench dev.benchlens.bench.suite.RunCommand "--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED"
  exit /b !errorlevel!
)
if "%command%"=="ab" (
  call :ensure_built || exit /b 1
  call :rest %*
  call :run_module bench dev.benchlens.bench.ab.AbCommand "--add-modules jdk.incubator.vector"
  exit /b !errorlevel!
)
if "%command%"=="table" (
  call :ensure_built || exit /b 1
  call :rest %*
  call :run_module bench dev.benchlens.bench.table.TableCommand ""
  exit /b !errorlevel!
)
for %%c in (report compare check history fetch --version) do if "%command%"=="%%c" (
  call :ensure_built || exit /b 1
  set "rest=%*"
  call :run_module core dev.benchlens.cli.BenchlensCli "-XX:+UseParallelGC"
  exit /b !errorlevel!
)
echo benchlens: unknown command '%command%' (expected view, run, ab, table, report, compare, check, history, fetch, test, package or help) 1>&2
exit /b 2

:usage
echo Usage: benchlens COMMAND [ARGS...]
echo.
echo   view [PATHS...]     open the explorer on result files, folders or zips (default: sample-results\)
echo   run [OPTIONS]       run the kernel suite and write an artifact
echo   ab [BASE] [HEAD]    build two revisions, run the suite with their forks interleaved, gate head on base
echo   table ARTIFACT      the Markdown performance table of a run made with --bandwidth
echo   report RUN          summarise one run by case
echo   compare BASE CAND...  compare runs, matched by shape, dtype, layout, operation and implementation
echo   check BASE CAND...  the CI gate: exit 1 on a regression or guard-rail breach, 2 on bad input
echo   history PATHS...    each case's series over time, with its change points
echo   fetch OWNER/REPO    download the workflow's benchmark artifacts from GitHub into a cache
echo   test                build and run every test
echo   package [TYPES...]  build this system's installer (msi) under target\package
echo   help [COMMAND]      this list, or a command's options
echo.
echo Each command takes --help. Documentation: docs\README.md.
exit /b 0

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
  powershell -NoProfile -Command "$s=(Get-Item -LiteralPath '%stamp%').LastWriteTime; $f=Get-ChildItem -LiteralPath '%root%\pom.xml','%root%\core\pom.xml','%root%\bench\pom.xml','%root%\viewer\pom.xml','%root%\core\src\main','%root%\bench\src\main','%root%\viewer\src\main' -Recurse -File | Where-Object { $_.LastWriteTime -gt $s } | Select-Object -First 1; if ($f) { exit 1 }"
  if not errorlevel 1 exit /b 0
)
echo benchlens: building (first use, sources changed, or another path)... 1>&2
call :mvnw -DskipTests install 1>&2 || exit /b 1
if not exist "%root%\target" mkdir "%root%\target"
> "%stamp%" echo !identity!
exit /b 0

rem run_module MODULE MAIN-CLASS "JVM FLAGS", with the arguments in "rest". The class path goes through the
rem CLASSPATH variable, which may be far longer than a command line.
:run_module
set "CLASSPATH="
for /f "usebackq delims=" %%c in ("%root%\%~1\target\classpath.txt") do set "CLASSPATH=%%c"
set "CLASSPATH=%root%\%~1\target\classes;%CLASSPATH%"
"%JAVA_HOME%\bin\java" %~3 %~2 !rest!
exit /b %errorlevel%
