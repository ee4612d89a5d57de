// The progression chart: one line per participant, colour bands, the cut-off and dated markers (goals, interventions,
// meetings) on a time axis. The data comes from the page's data-chart attribute; the same numbers are in the table.
document.addEventListener('DOMContentLoaded', function () {
    var holder = document.querySelector('.spor-chart[data-chart]');
    if (!holder || !window.Chart) {
        return;
    }
    var data = JSON.parse(holder.getAttribute('data-chart'));
    var DAY = 86400000;
    var colours = {CHILD: '#0059b3', PARENT: '#b35900', CASEWORKER: '#1a7f37', PROVIDER: '#7a3db8',
        NETWORK: '#a3135c', SCHOOL: '#4d4d4d'};
    var bandColours = {RED: 'rgba(201, 32, 32, 0.08)', YELLOW: 'rgba(230, 170, 0, 0.10)', GREEN: 'rgba(20, 140, 60, 0.08)'};
    var dashes = [[], [6, 4], [2, 3], [10, 3, 2, 3]];
    var seen = {};

    function day(iso) {
        return Date.parse(iso + 'T00:00:00Z') / DAY;
    }

    function dateLabel(value) {
        return new Date(value * DAY).toLocaleDateString('da-DK', {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
    }

    var datasets = data.lines.map(function (line) {
        var n = seen[line.perspective] = (seen[line.perspective] || 0) + 1;
        var colour = colours[line.perspective] || '#333333';
        return {
            label: line.label,
            data: line.points.map(function (p) { return {x: day(p.date), y: Number(p.score)}; }),
            borderColor: colour,
            backgroundColor: colour,
            borderDash: dashes[(n - 1) % dashes.length],
            pointRadius: 4,
            tension: 0
        };
    });

    // Bands behind the lines, intervention periods shaded, goal dates and the cut-off as lines.
    var backdrop = {
        id: 'sporBackdrop',
        beforeDatasetsDraw: function (chart) {
            var ctx = chart.ctx, area = chart.chartArea, x = chart.scales.x, y = chart.scales.y;
            ctx.save();
            data.bands.forEach(function (band) {
                var top = y.getPixelForValue(Number(band.to)), bottom = y.getPixelForValue(Number(band.from));
                ctx.fillStyle = bandColours[band.colour] || 'transparent';
                ctx.fillRect(area.left, Math.max(area.top, top), area.right - area.left,
                    Math.min(area.bottom, bottom) - Math.max(area.top, top));
            });
            data.markers.forEach(function (marker) {
                var start = x.getPixelForValue(day(marker.date));
                if (marker.end) {
                    var end = x.getPixelForValue(day(marker.end));
                    ctx.fillStyle = 'rgba(0, 89, 179, 0.07)';
                    ctx.fillRect(Math.max(area.left, start), area.top,
                        Math.min(area.right, end) - Math.max(area.left, start), area.bottom - area.top);
                } else if (start >= area.left && start <= area.right) {
                    ctx.strokeStyle = marker.kind === 'GOAL_REVIEW' ? '#b35900' : '#555555';
                    ctx.setLineDash(marker.kind === 'MEETING' ? [2, 2] : []);
                    ctx.beginPath();
                    ctx.moveTo(start, area.top);
                    ctx.lineTo(start, area.bottom);
                    ctx.stroke();
                }
            });
            if (data.cutoff !== null && data.cutoff !== undefined) {
                var cut = y.getPixelForValue(Number(data.cutoff));
                ctx.strokeStyle = '#c92020';
                ctx.setLineDash([6, 4]);
                ctx.beginPath();
                ctx.moveTo(area.left, cut);
                ctx.lineTo(area.right, cut);
                ctx.stroke();
            }
            ctx.restore();
        }
    };

    var canvas = document.getElementById('progression-chart');
    new window.Chart(canvas, {
        type: 'line',
        data: {datasets: datasets},
        plugins: [backdrop],
        options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            parsing: false,
            scales: {
                x: {type: 'linear', ticks: {callback: dateLabel, maxTicksLimit: 8}},
                y: {min: Number(data.min), max: Number(data.max), title: {display: true, text: data.instrumentName}}
            },
            plugins: {
                legend: {position: 'bottom'},
                tooltip: {callbacks: {title: function (items) { return items.length ? dateLabel(items[0].parsed.x) : ''; }}}
            }
        }
    });
});
