using System.Collections.Concurrent;
using System.Threading.Channels;
using Logistics.Web.Storage;
using Microsoft.Extensions.Options;

namespace Logistics.Web.Jobs;

/// <summary>
/// The bounded queue of plan jobs and the registry of the jobs of this run. <see cref="TryEnqueueAsync"/> refuses a
/// job when <see cref="LogisticsWebOptions.JobQueueCapacity"/> jobs are already waiting, so ten clicks do not start
/// ten solves. <see cref="PlanJobWorker"/> takes the jobs one at a time.
/// </summary>
public sealed class PlanJobQueue
{
    private readonly Channel<PlanJob> _channel;
    private readonly ConcurrentDictionary<string, PlanJob> _jobs = new(StringComparer.Ordinal);
    private readonly ILogisticsStore _store;
    private readonly TimeProvider _time;

    public PlanJobQueue(IOptions<LogisticsWebOptions> options, ILogisticsStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        Capacity = Math.Max(1, options.Value.JobQueueCapacity);
        _channel = Channel.CreateBounded<PlanJob>(new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _store = store;
        _time = time;
    }

    /// <summary>How many jobs may wait.</summary>
    public int Capacity { get; }

    internal ChannelReader<PlanJob> Reader => _channel.Reader;

    /// <summary>Queues a job; null when the queue is full.</summary>
    public async Task<PlanJob?> TryEnqueueAsync(long scenarioId, PlanRunSettings settings, CancellationToken cancellationToken = default)
    {
        var job = new PlanJob(Guid.NewGuid().ToString("N"), scenarioId, settings, _time.GetUtcNow());
        _jobs[job.Id] = job;
        if (!_channel.Writer.TryWrite(job))
        {
            _jobs.TryRemove(job.Id, out _);
            return null;
        }

        await _store.SaveJobAsync(job.ToStored(), cancellationToken);
        return job;
    }

    /// <summary>A job of this run, or null.</summary>
    public PlanJob? Find(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>The jobs of this run, newest first.</summary>
    public IReadOnlyList<PlanJob> Jobs => _jobs.Values.OrderByDescending(j => j.CreatedUtc).ToList();

    /// <summary>Cancels a queued or running job; false when it has already ended (or is unknown).</summary>
    public async Task<bool> CancelAsync(string id, CancellationToken cancellationToken = default)
    {
        if (Find(id) is not { } job || !job.Cancel())
        {
            return false;
        }

        if (job.Status == PlanJobStatus.Queued)
        {
            job.Finish(PlanJobStatus.Cancelled, _time.GetUtcNow());
            await _store.SaveJobAsync(job.ToStored(), cancellationToken);
        }

        return true;
    }
}
