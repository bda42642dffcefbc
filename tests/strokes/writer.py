"""A scripted writer with a consistent quirk, for the Teach panel's effect test and benchmark: this writer's 8 is two
loops side by side (an ∞), which every shipped model reads as a 0. Each call draws a new one, as a person's hand
varies: size, place, slant, rotation and a little tremor, seeded. Coordinates are fractions of the pad's side."""
import math
import random

from make_drawings import arc


def eight(rng: random.Random) -> list[list[tuple[float, float]]]:
  loops = arc(0.3, 0.5, 0.22, 0.2, 0, 360) + arc(0.72, 0.5, 0.22, 0.2, 180, -180)  # one stroke, crossing in the middle
  s, slant, rot = rng.uniform(0.85, 1.1), rng.uniform(-0.15, 0.15), rng.uniform(-0.1, 0.1)
  ox, oy = rng.uniform(0.2, 0.35), rng.uniform(0.15, 0.3)
  out = []
  for x, y in loops:
    x, y = x - 0.5, y - 0.5
    x, y = x * math.cos(rot) - y * math.sin(rot) + slant * y, x * math.sin(rot) + y * math.cos(rot)
    out.append((round(ox + (x + 0.5) * 0.45 * s + rng.gauss(0, 0.003), 4),
                round(oy + (y + 0.5) * 0.55 * s + rng.gauss(0, 0.003), 4)))
  return [out]


QUIRKS = {8: eight}  # digit -> how this writer draws it


def drawings(digit: int, n: int, seed: int) -> list[list[list[tuple[float, float]]]]:
  rng = random.Random(seed * 100 + digit)
  return [QUIRKS[digit](rng) for _ in range(n)]
