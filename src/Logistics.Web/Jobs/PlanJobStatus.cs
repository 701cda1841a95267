namespace Logistics.Web.Jobs;

/// <summary>The state of a plan job.</summary>
public enum PlanJobStatus
{
    /// <summary>Waiting in the queue.</summary>
    Queued,

    /// <summary>The planner is working on it.</summary>
    Running,

    /// <summary>Done; the plan is saved.</summary>
    Succeeded,

    /// <summary>The planner failed; see the error.</summary>
    Failed,

    /// <summary>Cancelled by a user.</summary>
    Cancelled,

    /// <summary>The program stopped while the job was queued or running.</summary>
    Interrupted,
}
