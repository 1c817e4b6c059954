#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Builds ReportBuilder, runs its tests and writes out/lincolnshire-2023.pdf.
.DESCRIPTION
    Runs on PowerShell 7 from the repository's local tool manifest, on Linux and Windows alike:
        dotnet tool restore
        dotnet pwsh build.ps1 [-Task Build|Test|Report|Archive|Bench|Pack|Publish|All] [-Configuration Release]
    Build     compiles the solution.
    Test      runs every test project (dotnet test ReportBuilder.sln).
    Report    builds the Lincolnshire 2023 report into out/lincolnshire-2023.pdf.
    Archive   generates 200 synthetic reports (out/archive-data) and rebuilds them all with 2 jobs, then verifies.
    Pack      the .NET tool packages in out/nupkg/ (the README's `dotnet pack`): the pointer ReportBuilder, the Native
              AOT package of this platform (ReportBuilder.linux-x64 or .win-x64) and the framework-dependent
              ReportBuilder.any for every other platform (src/ReportBuilder.Cli/ToolPackage.targets).
    Publish   publishes the CLI with Native AOT into out/publish/<rid>/ (falls back to ReadyToRun when AOT cannot link),
              then the release archive out/release/reportbuilder-<rid>.tar.gz (.zip on Windows): the binary, the
              template sets, the fonts and their licences; then Pack, so a release has both.
    Bench     publishes, then runs bench/process-bench.sh (whole-process timings, Linux; see docs/benchmarks.md).
    All       (the default) Build, Test, Report.
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Report', 'Archive', 'Pack', 'Publish', 'Bench', 'All')]
    [string] $Task = 'All',
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',
    [int] $ArchiveCount = 200,
    [int] $Jobs = 2
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$Root = $PSScriptRoot
$Out = Join-Path $Root 'out'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

function Invoke-Step([string] $Name, [scriptblock] $Command) {
    Write-Host "==> $Name" -ForegroundColor Cyan
    $watch = [Diagnostics.Stopwatch]::StartNew()
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$Name failed (exit code $LASTEXITCODE)." }
    Write-Host ("    {0} done in {1:0.0} s" -f $Name, $watch.Elapsed.TotalSeconds)
}

# The CLI as built by the Build task, run through `dotnet` so that the same line works on every OS.
function Invoke-ReportBuilder([string[]] $Arguments) {
    $dll = Join-Path $Root "src/ReportBuilder.Cli/bin/$Configuration/net10.0/reportbuilder.dll"
    & dotnet $dll @Arguments
}

function Invoke-Build {
    Invoke-Step 'Build' { dotnet build (Join-Path $Root 'ReportBuilder.sln') -c $Configuration --nologo -v quiet }
}

function Invoke-Test {
    Invoke-Step 'Test' { dotnet test (Join-Path $Root 'ReportBuilder.sln') -c $Configuration --nologo --no-build }
}

function Invoke-Report {
    $pdf = Join-Path $Out 'lincolnshire-2023.pdf'
    Invoke-Step 'Report' {
        Push-Location $Root
        try {
            Invoke-ReportBuilder @('build', 'data/lincolnshire-2023', '-o', $pdf)
            # Exit code 1 means built with warnings: still a report.
            if ($LASTEXITCODE -eq 1) { $global:LASTEXITCODE = 0 }
        }
        finally { Pop-Location }
    }
    Write-Host "    $pdf"
}

function Invoke-Archive {
    $data = Join-Path $Out 'archive-data'
    $target = Join-Path $Out 'archive'
    Invoke-Step "Generate $ArchiveCount synthetic reports" {
        if (Test-Path $data) { Remove-Item $data -Recurse -Force }
        dotnet (Join-Path $Root "tools/ReportBuilder.SampleData/bin/$Configuration/net10.0/reportbuilder-sampledata.dll") $data --count $ArchiveCount --seed 1
    }
    Invoke-Step "Archive with $Jobs jobs" {
        if (Test-Path $target) { Remove-Item $target -Recurse -Force }
        Invoke-ReportBuilder @('archive', $data, '-o', $target, '--templates', (Join-Path $Root 'templates'), '--jobs', "$Jobs")
    }
    $baseline = Join-Path $Out 'archive-baseline.json'
    Copy-Item (Join-Path $target 'manifest.json') $baseline -Force
    Invoke-Step 'Verify the archive against its own manifest' {
        Invoke-ReportBuilder @('archive', $data, '-o', $target, '--templates', (Join-Path $Root 'templates'), '--jobs', "$Jobs", '--verify', $baseline)
    }
}

function Invoke-Publish {
    $rid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
    $target = Join-Path $Out "publish/$rid"
    Invoke-Step "Publish (Native AOT, $rid)" {
        dotnet publish (Join-Path $Root 'src/ReportBuilder.Cli') -c Release -r $rid -p:PublishAot=true -o $target --nologo -v quiet
        if ($LASTEXITCODE -ne 0) {
            Write-Warning 'Native AOT publishing failed (no native toolchain?); publishing ReadyToRun instead.'
            dotnet publish (Join-Path $Root 'src/ReportBuilder.Cli') -c Release -r $rid -p:PublishReadyToRun=true --self-contained -o $target --nologo -v quiet
        }
    }
    Write-Host "    $target"
    New-ReleaseArchive $rid $target
}

# The tool packages, exactly as the README's `dotnet pack` makes them. Earlier ReportBuilder packages in out/nupkg are
# removed first: `dotnet tool install` would take the highest version it finds there.
function Invoke-Pack {
    $packages = Join-Path $Out 'nupkg'
    Get-ChildItem $packages -Filter 'ReportBuilder*.nupkg' -ErrorAction SilentlyContinue | Remove-Item -Force
    Invoke-Step 'Pack the tool (pointer, Native AOT for this platform, framework-dependent any)' {
        dotnet pack (Join-Path $Root 'src/ReportBuilder.Cli') -c Release -o $packages --nologo -v quiet
    }
    Get-ChildItem $packages -Filter 'ReportBuilder*.nupkg' | ForEach-Object { Write-Host "    $($_.FullName)" }
}

# The release archive of one platform: the binary with the shipped template sets and fonts (and their licences) beside
# it, where the tool finds them when no templates/ or fonts/ folder lies above the report. Made on each platform in
# turn (Native AOT compiles for the machine it runs on): out/release/reportbuilder-<rid>.tar.gz, or .zip on Windows.
function New-ReleaseArchive([string] $Rid, [string] $Published) {
    # Not $name: the step's scriptblock runs inside Invoke-Step, whose $Name it would see (names ignore case).
    $archiveName = "reportbuilder-$Rid"
    $release = Join-Path $Out 'release'
    $stage = Join-Path $release $archiveName
    # Only the folder this task made before is replaced: out/release/<name> holds nothing else.
    if (Test-Path $stage) { Remove-Item -Recurse -Force $stage }
    New-Item -ItemType Directory -Force $stage | Out-Null
    Get-ChildItem $Published -File | Where-Object { $_.Extension -notin '.pdb', '.dbg' } | Copy-Item -Destination $stage
    Copy-Item -Recurse (Join-Path $Root 'templates') (Join-Path $stage 'templates')
    Copy-Item -Recurse (Join-Path $Root 'fonts') (Join-Path $stage 'fonts')
    Copy-Item (Join-Path $Root 'README.md') $stage
    Invoke-Step "Release archive ($Rid)" {
        if ($IsWindows) {
            $archive = Join-Path $release "$archiveName.zip"
            Compress-Archive -Path $stage -DestinationPath $archive -Force
            $global:LASTEXITCODE = 0
        } else {
            $archive = Join-Path $release "$archiveName.tar.gz"
            tar -czf $archive -C $release $archiveName
        }
        Write-Host "    $archive"
    }
}

function Invoke-Bench {
    if (-not $IsLinux) { Write-Warning 'The benchmark uses hyperfine and GNU time: Linux only.'; return }
    Invoke-Step 'Bench' { bash (Join-Path $Root 'bench/process-bench.sh') }
}

Push-Location $Root
try {
    switch ($Task) {
        'Build' { Invoke-Build }
        'Test' { Invoke-Build; Invoke-Test }
        'Report' { Invoke-Build; Invoke-Report }
        'Archive' { Invoke-Build; Invoke-Archive }
        'Pack' { Invoke-Pack }
        'Publish' { Invoke-Publish; Invoke-Pack }
        'Bench' { Invoke-Build; Invoke-Publish; Invoke-Bench }
        'All' { Invoke-Build; Invoke-Test; Invoke-Report }
    }
}
finally { Pop-Location }
