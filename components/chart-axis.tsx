/** The baseline and the top value of a bar chart's y-axis, shared by the year and month charts. */
export function ChartAxis({
  width,
  height,
  plot,
  max,
}: {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  max: number;
}) {
  return (
    <>
      <line
        x1={plot.left}
        x2={width - plot.right}
        y1={height - plot.bottom}
        y2={height - plot.bottom}
        className="stroke-gray-500"
      />
      <text x={plot.left - 3} y={plot.top + 6} fontSize="8" textAnchor="end" className="fill-gray-700">
        {max}
      </text>
    </>
  );
}
