// Views of Maillage's diagram elements: one shape per kind (the shared stylesheet colours them),
// titles wrapped as the server wrapped them, arrows on delegation and role links.
import {
    GEdge,
    GLabel,
    GNode,
    IViewArgs,
    Point,
    PolylineEdgeView,
    RenderingContext,
    ShapeView,
    svg
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

const LINE_HEIGHT = 16;

function kindOf(type: string): string {
    return type.split(':')[1] ?? type;
}

@injectable()
export class CoopNodeView extends ShapeView {
    override render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const kind = kindOf(node.type);
        const w = Math.max(node.size.width, 0);
        const h = Math.max(node.size.height, 0);
        const shape = kind === 'convention'
            ? svg('polygon', { 'class-mg-shape': true, points: `12,0 ${w - 12},0 ${w},${h / 2} ${w - 12},${h} 12,${h} 0,${h / 2}` })
            : svg('rect', { 'class-mg-shape': true, width: w, height: h, rx: radius(kind, h) });
        return svg('g', {
            'class-mg-node': true,
            [`class-mg-${kind}`]: true,
            'class-selected': node.selected,
            'class-mouseover': node.hoverFeedback
        }, shape, ...context.renderChildren(node));
    }
}

function radius(kind: string, height: number): number {
    switch (kind) {
        case 'territory': return 16;
        case 'function': return Math.min(height / 2, 18);
        case 'action': return 3;
        default: return 6;
    }
}

@injectable()
export class HeadingLabelView extends ShapeView {
    override render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        return svg('text', { 'class-mg-heading': true, y: 12, 'text-anchor': 'start' }, label.text);
    }
}

/** A node's title, in the lines the server computed (the same as in the SVG pictures). */
@injectable()
export class TitleLabelView extends ShapeView {
    override render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        const args = (label as unknown as { args?: Record<string, unknown> }).args ?? {};
        const lines = String(args['lines'] ?? label.text).split('\n');
        return svg('text', { 'class-mg-title': true, y: 12, 'text-anchor': 'start' },
            ...lines.map((line, i) => svg('tspan', { x: 0, dy: i === 0 ? 0 : LINE_HEIGHT }, line)));
    }
}

@injectable()
export class EdgeLabelView extends ShapeView {
    override render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        return svg('text', { 'class-mg-edge-label': true, 'text-anchor': 'start', y: 12 }, label.text);
    }
}

/** Links; delegations and roles end with an arrow towards the actor or function that receives them. */
@injectable()
export class CoopEdgeView extends PolylineEdgeView {
    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const kind = kindOf(edge.type);
        if (segments.length < 2 || (kind !== 'delegation' && kind !== 'role')) {
            return [];
        }
        const p1 = segments[segments.length - 2];
        const p2 = segments[segments.length - 1];
        const angle = Math.atan2(p2.y - p1.y, p2.x - p1.x) * 180 / Math.PI;
        return [svg('path', {
            'class-mg-arrow': true,
            d: 'M 0,0 L -10,-5 L -10,5 Z',
            transform: `translate(${p2.x},${p2.y}) rotate(${angle})`
        })];
    }

    override render(edge: Readonly<GEdge>, context: RenderingContext, args?: IViewArgs): VNode | undefined {
        return super.render(edge, context, args);
    }
}
