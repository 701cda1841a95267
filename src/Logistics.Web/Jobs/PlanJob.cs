using System.Text.Json;
using Logistics.Web.Storage;

namespace Logistics.Web.Jobs;

/// <summary>A plan job while the program runs: its state, its progress so far, and the way to cancel it.</summary>
public sealed class PlanJob
{
    private readonly Lock _gate = new();
    private readonly List<PlanRunProgress> _progress = [];
    private readonly CancellationTokenSource _cancel = new();

    public PlanJob(string id, long scenarioId, PlanRunSettings settings, DateTimeOffset createdUtc)
    {
        Id = id;
        ScenarioId = scenarioId;
        Settings = settings;
        CreatedUtc = createdUtc;
    }

    public string Id { get; }

    public long ScenarioId { get; }

    public PlanRunSettings Settings { get; }

    public DateTimeOffset CreatedUtc { get; }

    public PlanJobStatus Status { get; private set; } = PlanJobStatus.Queued;

    public DateTimeOffset? FinishedUtc { get; private set; }

    public long? PlanId { get; private set; }

    public string? Error { get; private set; }

    public CancellationToken CancellationToken => _cancel.Token;

    public IReadOnlyList<PlanRunProgress> Progress
    {
        get
        {
            lock (_gate)
            {
                return _progress.ToArray();
            }
        }
    }

    /// <summary>Adds a progress report; keeps at most 500 (the newest replaces the last kept one beyond that).</summary>
    public void Report(PlanRunProgress progress)
    {
        lock (_gate)
        {
            if (_progress.Count >= 500)
            {
                _progress[^1] = progress;
            }
            else
            {
                _progress.Add(progress);
            }
        }
    }

    /// <summary>Asks the job to stop; true when it was still queued or running.</summary>
    public bool Cancel()
    {
        lock (_gate)
        {
            if (Status is not (PlanJobStatus.Queued or PlanJobStatus.Running))
            {
                return false;
            }
        }

        _cancel.Cancel();
        return true;
    }

    internal bool TryStart()
    {
        lock (_gate)
        {
            if (Status != PlanJobStatus.Queued || _cancel.IsCancellationRequested)
            {
                return false;
            }

            Status = PlanJobStatus.Running;
            return true;
        }
    }

    internal void Finish(PlanJobStatus status, DateTimeOffset at, long? planId = null, string? error = null)
    {
        lock (_gate)
        {
            Status = status;
            FinishedUtc = at;
            PlanId = planId;
            Error = error;
        }
    }

    public StoredJob ToStored() => new(Id, ScenarioId, Status.ToString(), CreatedUtc, FinishedUtc,
        JsonSerializer.Serialize(Progress, JsonSerializerOptions.Web), PlanId, Error);
}
