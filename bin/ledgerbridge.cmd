@echo off
rem ledgerbridge: starts the command-line application (ledgerbridge-cli) with Java 17 or newer.
rem Finds lib\ledgerbridge.jar next to this script, or ledgerbridge-cli\target\ledgerbridge.jar in a clone.
setlocal
set "HOME_DIR=%~dp0.."
set "JAR=%HOME_DIR%\lib\ledgerbridge.jar"
if not exist "%JAR%" set "JAR=%HOME_DIR%\ledgerbridge-cli\target\ledgerbridge.jar"
if not exist "%JAR%" (
  echo ledgerbridge: the application is not built yet: run "mvn -B -q -pl ledgerbridge-cli -am package -DskipTests" in %HOME_DIR% 1>&2
  exit /b 2
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
