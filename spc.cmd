@echo off
rem The spc command on Windows, run from a checkout: builds the runnable jar when it is missing or older than
rem the sources (quietly; the build's log is shown only if it fails), then runs it with the arguments given.
rem Works from any current directory. Extra JVM options may be given in SPC_JAVA_OPTS. Needs Java 17 or later
rem and, for the first build, Maven 3.8 or later, both on the PATH.
setlocal
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "JAR=%ROOT%\spc-cli\target\spc.jar"

if not exist "%JAR%" goto build
rem A source or build file newer than the jar means the jar is stale.
powershell -NoProfile -NonInteractive -Command ^
  "$jar = (Get-Item -LiteralPath $env:JAR).LastWriteTimeUtc;" ^
  "$dirs = 'pom.xml','spc-core\pom.xml','spc-core\src\main','spc-io\pom.xml','spc-io\src\main','spc-charts\pom.xml','spc-charts\src\main','spc-cli\pom.xml','spc-cli\src\main' | ForEach-Object { Join-Path $env:ROOT $_ };" ^
  "$newer = Get-ChildItem -LiteralPath $dirs -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1;" ^
  "if ($newer) { exit 1 } else { exit 0 }" >nul 2>&1
if errorlevel 1 goto build
goto run

:build
where mvn >nul 2>&1
if errorlevel 1 (
  echo spc: Maven ^(mvn^) is needed to build spc the first time; install it, or build the jar elsewhere 1>&2
  exit /b 1
)
echo spc: building ^(once, after each change to the sources^)... 1>&2
set "LOG=%TEMP%\spc-build-%RANDOM%.log"
pushd "%ROOT%"
call mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl spc-cli -am package > "%LOG%" 2>&1
set "BUILD=%ERRORLEVEL%"
popd
if "%BUILD%"=="0" goto built
echo spc: the build failed; its log follows 1>&2
type "%LOG%" 1>&2
del "%LOG%" >nul 2>&1
exit /b 1

:built
del "%LOG%" >nul 2>&1

:run
rem A short-lived command starts fastest with the serial collector and the quick (C1) compiler; a loop is
rem compiled after 3,000 rounds rather than 60,000, except in a report, whose many charts go round many short loops.
set "LOOPS=-XX:Tier3BackEdgeThreshold=3000"
if /i "%~1"=="report" set "LOOPS="
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %LOOPS% %SPC_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
