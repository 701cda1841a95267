namespace Logistics.Planning.Demo;

/// <summary>
/// Makes unique, plausible two-character Chinese place names (青龙, 石板, 高峰 …) from syllable lists typical of
/// Chongqing village and town names: a first character (colour, number, animal, plant, auspicious word, direction)
/// and a second one that is mostly a landform word (坪 flat ground, 坝 valley floor, 垭 pass, 槽 trough, 湾 bend …).
/// Names are drawn with the generator's <see cref="Random"/>, so they are deterministic for a seed, and never
/// repeat within one generator (towns and villages share the pool, as they would in one county).
/// </summary>
public sealed class PlaceNameGenerator
{
    private const string FirstChars =
        "青石高黄白双三龙太永新大小金马凤桂柏松竹梨桃杨观天云清长红平和兴团中五九花枫鹿鹤狮荷茶桑麻谷丰福安乐庆万千百八四七吉瑞仁义合同保胜东南西北上前后沙泉河塘田岩峰岭何张陈刘李罗";

    private const string SecondChars =
        "龙板峰林坪坝湾岩山池溪口垭槽沟坡庙堡梁塘桥冲田石泉井丰安乐福寿阳河合兴平和家园店场坎岗台包嘴坳院寺观关门";

    private const string TownSecondChars = "坪兴平安和溪河桥场坝龙峰阳丰渡口店寺关石滩市江";

    private readonly Random _random;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public PlaceNameGenerator(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
    }

    /// <summary>Reserves a name so it is never generated (e.g. the county's own name).</summary>
    public void Reserve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _used.Add(name);
    }

    /// <summary>A new town-like two-character name (without 镇/乡/街道).</summary>
    public string NextTownName() => Next(TownSecondChars);

    /// <summary>A new village-like two-character name (without 村).</summary>
    public string NextVillageName() => Next(SecondChars);

    private string Next(string seconds)
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var a = FirstChars[_random.Next(FirstChars.Length)];
            var b = seconds[_random.Next(seconds.Length)];
            if (a == b)
            {
                continue;
            }

            var name = string.Concat(a, b);
            if (_used.Add(name))
            {
                return name;
            }
        }

        throw new InvalidOperationException("The name pool is exhausted; reduce the number of places.");
    }
}
