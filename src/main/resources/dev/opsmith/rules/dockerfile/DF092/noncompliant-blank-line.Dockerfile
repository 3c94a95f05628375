# syntax=docker/dockerfile:1.7

# expect-next: DF092
# escape=`
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
COPY settlement.exe C:/app/
